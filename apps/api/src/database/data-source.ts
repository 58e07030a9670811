import { DataSource, type DataSourceOptions, type Logger } from 'typeorm';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';

/** The one database configuration: migrations only, never synchronize. */
export function dataSourceOptions(url: string, logger?: Logger): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    ...(logger ? { logger, logging: ['query', 'error'] as const } : {}),
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'migrations',
    migrationsRun: true,
    synchronize: false,
    // gen_random_uuid() is built into PostgreSQL 13+: no extension to install, which managed servers may refuse.
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    extra: { max: 20, connectionTimeoutMillis: 5_000 },
  };
}

/** Applies pending migrations and closes; used by `main.js migrate` and the test template database. */
export async function migrate(url: string): Promise<string[]> {
  const dataSource = new DataSource({ ...dataSourceOptions(url), migrationsRun: false });
  await dataSource.initialize();
  try {
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return applied.map((migration) => migration.name);
  } finally {
    await dataSource.destroy();
  }
}

/** SQL that would bring the schema in line with the entities: empty when migrations are complete. */
export async function pendingSchemaChanges(url: string): Promise<{ up: string[]; down: string[] }> {
  const dataSource = new DataSource({ ...dataSourceOptions(url), migrationsRun: false });
  await dataSource.initialize();
  try {
    const sql = await dataSource.driver.createSchemaBuilder().log();
    return { up: sql.upQueries.map((q) => q.query), down: sql.downQueries.map((q) => q.query) };
  } finally {
    await dataSource.destroy();
  }
}
