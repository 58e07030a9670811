// Fails when the committed GraphQL client types differ from what the schema and documents generate now.
import { execFileSync } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const committedDir = path.join(root, 'libs/web/core/src/gql');

async function listFiles(dir) {
  try {
    return (await readdir(dir, { withFileTypes: true })).filter((e) => e.isFile()).map((e) => e.name);
  } catch {
    return [];
  }
}

async function readOrNull(file) {
  try {
    return await readFile(file, 'utf8');
  } catch {
    return null;
  }
}

const scratch = await mkdtemp(path.join(tmpdir(), 'piano2030-codegen-'));
try {
  execFileSync(
    process.execPath,
    [
      path.join(root, 'node_modules/@graphql-codegen/cli/esm/bin.js'),
      '--config',
      'apps/web/codegen.ts',
      '--silent',
    ],
    {
      cwd: root,
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, CODEGEN_OUT: `${scratch}/` },
    },
  );
  const names = [...new Set([...(await listFiles(committedDir)), ...(await listFiles(scratch))])].sort();
  const differing = [];
  for (const name of names) {
    const [committed, fresh] = await Promise.all([
      readOrNull(path.join(committedDir, name)),
      readOrNull(path.join(scratch, name)),
    ]);
    if (committed !== fresh) differing.push(path.relative(root, path.join(committedDir, name)));
  }
  if (differing.length > 0) {
    console.error(
      `GraphQL client types are out of date with apps/api/schema.gql and the documents in libs/web.\n` +
        `Differing files:\n${differing.map((file) => `  - ${file}`).join('\n')}\n` +
        `Run \`npm run codegen\` and commit the result.`,
    );
    process.exitCode = 1;
  } else {
    console.log(`GraphQL client types are up to date (${names.length} files checked).`);
  }
} finally {
  await rm(scratch, { recursive: true, force: true });
}
