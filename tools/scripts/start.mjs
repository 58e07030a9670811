// `npm start`: builds whatever is missing or older than its sources, then serves the whole app
// (web, /graphql, socket.io) on one port, on DATABASE_URL or else an embedded PostgreSQL.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { API_OUT, API_SOURCES, buildApi } from './build-api.mjs';
import { isStale } from './freshness.mjs';

const require = createRequire(import.meta.url);
const { root } = require('./swc-options.cjs');
const WEB_SOURCES = ['apps/web', 'libs/web', 'libs/shared'].map((dir) => path.join(root, dir));

process.env.NODE_ENV ??= 'production';
process.chdir(root);

if (
  isStale(
    path.join(API_OUT, '.built'),
    API_SOURCES.map((dir) => path.join(root, dir)),
  )
)
  await buildApi();
if (isStale(path.join(root, 'dist/web/index.html'), WEB_SOURCES)) {
  console.log('Building the web app...');
  const vite = spawnSync(
    process.execPath,
    [
      path.join(root, 'node_modules/vite/bin/vite.js'),
      'build',
      '--config',
      'apps/web/vite.config.mts',
      '--logLevel',
      'warn',
    ],
    {
      stdio: 'inherit',
    },
  );
  if (vite.status !== 0) process.exit(vite.status ?? 1);
}

process.setSourceMapsEnabled(true);
require(path.join(API_OUT, 'apps/api/src/main.js'));
