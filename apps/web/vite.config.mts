import react from '@vitejs/plugin-react';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const appRoot = path.dirname(fileURLToPath(import.meta.url));
const workspaceRoot = path.resolve(appRoot, '../..');
// API_URL points the dev server at another instance (a second checkout's, a helper's).
const api = process.env.API_URL ?? 'http://localhost:3000';

/** The @piano2030/* aliases come from tsconfig.base.json, so a new library needs no second registration. */
function workspaceAliases(): Record<string, string> {
  const tsconfig = JSON.parse(readFileSync(path.join(workspaceRoot, 'tsconfig.base.json'), 'utf8'));
  const paths = tsconfig.compilerOptions.paths as Record<string, string[]>;
  return Object.fromEntries(
    Object.entries(paths)
      .filter(([alias]) => alias.startsWith('@piano2030/'))
      .map(([alias, [target]]) => [alias, path.join(workspaceRoot, target)]),
  );
}

export default defineConfig({
  root: appRoot,
  plugins: [react()],
  resolve: { alias: workspaceAliases() },
  server: {
    port: 4200,
    strictPort: true,
    proxy: {
      '/graphql': api,
      '/health': api,
      '/exports': api,
      '/socket.io': { target: api, ws: true },
    },
  },
  build: {
    outDir: path.join(workspaceRoot, 'dist/web'),
    emptyOutDir: true,
    rolldownOptions: {
      output: {
        // Frameworks change far less often than the app; in chunks of their own they stay cached across releases.
        codeSplitting: {
          groups: [
            {
              name: 'react',
              test: /node_modules[\\/](react|react-dom|scheduler|react-router|react-router-dom)[\\/]/,
            },
            { name: 'apollo', test: /node_modules[\\/](@apollo|graphql|rxjs|optimism|@wry)[\\/]/ },
          ],
        },
      },
    },
  },
});
