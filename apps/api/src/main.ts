import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { createApp, logLevels } from './bootstrap';
import { ConfigError, loadConfig, type AppConfig } from './config/app-config';
import { migrate, pendingSchemaChanges } from './database/data-source';
import { openDatabase } from './database/open-database';
import { describeImport, importRppReport } from './seeds/rpp-report';
import { runSeeds } from './seeds/run-seeds';

const logger = new Logger('Piano2030');

/**
 * `main.js` serves the app. `main.js migrate` applies pending migrations and exits;
 * `main.js check-migrations` exits 1 when the entities need SQL that no migration holds;
 * `main.js import-rpp [file]` loads the chamber's report (the start-up seed does it too).
 */
async function main(): Promise<void> {
  const config = readConfig();
  Logger.overrideLogger(logLevels(config.logLevel));
  const database = await openDatabase(config);
  const command = process.argv[2];
  if (command === 'migrate' || command === 'check-migrations') {
    process.exitCode = await (command === 'migrate' ? runMigrations : checkMigrations)(database.url);
    await database.close();
    return;
  }
  const app = await createApp(config, database.url);
  if (command === 'import-rpp') {
    await app.init();
    logger.log(describeImport(await importRppReport(app, process.argv[3])));
    await app.close();
    await database.close();
    return;
  }
  stopOnSignals(async () => {
    await app.close();
    await database.close();
  });
  await app.listen(config.port, config.host);
  const notes = await runSeeds(app, config);
  const address = app.getHttpServer().address() as { port: number };
  logger.log(
    [
      `Piano Strategico 2030 listening on http://localhost:${address.port}` +
        ` (${database.embedded ? 'embedded PostgreSQL' : 'DATABASE_URL'})`,
      ...notes,
    ].join('\n'),
  );
}

async function runMigrations(url: string): Promise<number> {
  const applied = await migrate(url);
  logger.log(applied.length ? `Applied ${applied.join(', ')}` : 'No pending migrations');
  return 0;
}

async function checkMigrations(url: string): Promise<number> {
  await migrate(url);
  const { up } = await pendingSchemaChanges(url);
  if (!up.length) {
    logger.log('The migrations match the entities');
    return 0;
  }
  logger.error(`The entities need SQL that no migration holds:\n${up.join(';\n')}`);
  return 1;
}

function readConfig(): AppConfig {
  try {
    return loadConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(78); // EX_CONFIG
    }
    throw error;
  }
}

function stopOnSignals(stop: () => Promise<void>): void {
  let stopping = false;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      if (stopping) return;
      stopping = true;
      logger.log(`${signal} received, shutting down`);
      stop()
        .then(() => process.exit(0))
        .catch((error: unknown) => {
          logger.error(error);
          process.exit(1);
        });
    });
  }
}

main().catch((error: unknown) => {
  logger.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exit(1);
});
