import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startEmbeddedPostgres } from '@piano2030/api-database';

export interface TestPostgresServer {
  /** URL of the server's `postgres` database; tests create and drop their own databases on it. */
  url: string;
  embedded: boolean;
  stop(): Promise<void>;
}

/** DATABASE_URL's server when given, otherwise a throw-away embedded PostgreSQL. */
export async function startTestPostgres(): Promise<TestPostgresServer> {
  if (process.env.DATABASE_URL) {
    return { url: process.env.DATABASE_URL, embedded: false, stop: async () => undefined };
  }
  const dir = await mkdtemp(path.join(tmpdir(), 'piano2030-test-pg-'));
  const port = 40000 + Math.floor(Math.random() * 20000);
  const server = await startEmbeddedPostgres({ dir, port });
  return {
    url: server.url,
    embedded: true,
    stop: async () => {
      await server.stop();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
