// A throw-away PostgreSQL server for tooling: the one in DATABASE_URL, else an embedded one in a temp folder.
import { mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';

const require = createRequire(import.meta.url);

export async function scratchPostgres(root) {
  const { startEmbeddedPostgres } = require(path.join(root, 'dist/api/libs/api/database/src/index.js'));
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL, stop: async () => undefined };
  const dir = await mkdtemp(path.join(tmpdir(), 'piano2030-scratch-pg-'));
  const port = 55000 + Math.floor(Math.random() * 5000);
  const server = await startEmbeddedPostgres({ dir, port });
  return {
    url: server.url,
    stop: async () => {
      await server.stop();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
