// Usage: npm run migration:generate -- <domain>-<verb>-<object>   (e.g. governance-create-bodies)
// Migrates a scratch database, diffs it against the entities and writes the SQL as a new migration.
import { writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { buildApi } from './build-api.mjs';
import { MIGRATIONS_DIR, writeMigrationsIndex } from './migrations-index.mjs';
import { scratchPostgres } from './scratch-postgres.mjs';

const require = createRequire(import.meta.url);
const { root } = require('./swc-options.cjs');

const name = process.argv[2];
if (!name || !/^[a-z]+(-[a-z0-9]+){2,}$/.test(name)) {
  console.error('Give the migration a name of the form <domain>-<verb>-<object>, e.g. iam-create-accounts');
  process.exit(2);
}

await buildApi();
const { createDatabase, dropDatabase } = require(path.join(root, 'dist/api/libs/api/database/src/index.js'));
const { migrate, pendingSchemaChanges } = require(
  path.join(root, 'dist/api/apps/api/src/database/data-source.js'),
);
const server = await scratchPostgres(root);
const database = `migration_generate_${process.pid}`;
try {
  const url = await createDatabase(server.url, database);
  await migrate(url);
  const { up, down } = await pendingSchemaChanges(url);
  if (!up.length) {
    console.log('The entities match the migrations: nothing to generate.');
  } else {
    const timestamp = Date.now();
    const className =
      name
        .split('-')
        .map((w) => w[0].toUpperCase() + w.slice(1))
        .join('') + timestamp;
    const file = path.join(MIGRATIONS_DIR, `${timestamp}-${name}.ts`);
    await writeFile(file, migrationSource(className, up, [...down].reverse()));
    await writeMigrationsIndex();
    console.log(`Wrote ${path.relative(root, file)}: review it, then run npx prettier --write on it.`);
  }
} finally {
  await dropDatabase(server.url, database).catch(() => undefined);
  await server.stop();
}

function migrationSource(className, up, down) {
  const lines = (queries) =>
    queries.map((q) => `    await queryRunner.query(${JSON.stringify(q)});`).join('\n');
  return `import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ${className} implements MigrationInterface {
  public async up(queryRunner: QueryRunner): Promise<void> {
${lines(up)}
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
${lines(down)}
  }
}
`;
}
