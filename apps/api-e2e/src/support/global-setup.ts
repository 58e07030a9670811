import { createDatabase, dropDatabase } from '@piano2030/api-database';
import { startTestPostgres } from '@piano2030/api-testing';
import { REPO_ROOT } from './paths';
import { runApiCommand } from './run-api-command';
import path from 'node:path';

declare global {
  // Shared with global-teardown, which runs in the same process.
  var __E2E_TEARDOWN__: (() => Promise<void>) | undefined;
}

/** Builds the API, starts PostgreSQL, migrates a template database with the API's own `migrate` and loads the report. */
export default async function globalSetup(): Promise<void> {
  const { buildApi } = (await import(path.join(REPO_ROOT, 'tools/scripts/build-api.mjs'))) as {
    buildApi: () => Promise<void>;
  };
  await buildApi();
  const server = await startTestPostgres();
  const template = `piano2030_e2e_template_${process.pid}`;
  await dropDatabase(server.url, template);
  const templateUrl = await createDatabase(server.url, template);
  const migration = await runApiCommand(['migrate'], { DATABASE_URL: templateUrl });
  if (migration.code !== 0) throw new Error(`Migrating the template database failed:\n${migration.output}`);
  // The chamber's report is loaded at every start; loading it once here leaves each test's start a no-op check.
  const report = await runApiCommand(['import-rpp'], { DATABASE_URL: templateUrl });
  if (report.code !== 0) throw new Error(`Importing the report into the template failed:\n${report.output}`);
  process.env.E2E_PG_SERVER_URL = server.url;
  process.env.E2E_TEMPLATE_DB = template;
  globalThis.__E2E_TEARDOWN__ = async () => {
    await dropDatabase(server.url, template);
    await server.stop();
  };
}
