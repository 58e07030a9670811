import { readFile, rm } from 'node:fs/promises';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startApi } from './support/api-process';
import { REPO_ROOT } from './support/paths';
import { runApiCommand } from './support/run-api-command';

const COMMITTED_SCHEMA = path.join(REPO_ROOT, 'apps/api/schema.gql');

describe('committed contracts', () => {
  it('apps/api/schema.gql is what the code generates (UPDATE_SCHEMA=1 rewrites it)', async () => {
    const generated = path.join(tmpdir(), `piano2030-schema-${process.pid}.gql`);
    const api = await startApi({ GRAPHQL_SCHEMA_FILE: generated });
    await api.stop();
    const schema = await readFile(generated, 'utf8');
    await rm(generated);
    if (process.env.UPDATE_SCHEMA === '1') writeFileSync(COMMITTED_SCHEMA, schema);
    expect(schema).toBe(await readFile(COMMITTED_SCHEMA, 'utf8'));
  });

  it('the migrations produce exactly the schema the entities describe', async () => {
    const api = await startApi();
    const databaseUrl = api.databaseUrl;
    try {
      const result = await runApiCommand(['check-migrations'], { DATABASE_URL: databaseUrl });
      expect(result.output).toContain('The migrations match the entities');
      expect(result.code).toBe(0);
    } finally {
      await api.stop();
    }
  });
});
