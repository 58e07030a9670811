// `npm run dev`: the API rebuilt and restarted on every change (schema.gql rewritten as it goes)
// and Vite's dev server with hot reload on http://localhost:4200, proxying the API on :3000.
import { spawn } from 'node:child_process';
import { watch } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { API_OUT, API_SOURCES, buildApi } from './build-api.mjs';

const require = createRequire(import.meta.url);
const { root } = require('./swc-options.cjs');
process.chdir(root);

await buildApi();
const env = { ...process.env, NODE_ENV: 'development', GRAPHQL_SCHEMA_FILE: 'apps/api/schema.gql' };
const children = [
  spawn(process.execPath, ['--enable-source-maps', '--watch', path.join(API_OUT, 'apps/api/src/main.js')], {
    stdio: 'inherit',
    env,
  }),
  spawn(
    process.execPath,
    [path.join(root, 'node_modules/vite/bin/vite.js'), '--config', 'apps/web/vite.config.mts'],
    {
      stdio: 'inherit',
      env,
    },
  ),
];

let pending;
for (const dir of API_SOURCES) {
  watch(path.join(root, dir), { recursive: true }, (_event, file) => {
    if (!file?.endsWith('.ts') || file.endsWith('.spec.ts')) return;
    clearTimeout(pending);
    pending = setTimeout(
      () => buildApi({ clean: false }).catch((error) => console.error(error.message)),
      150,
    );
  });
}

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    children.forEach((child) => child.kill(signal));
    process.exit(0);
  });
}
