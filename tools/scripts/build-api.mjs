// Compiles the API and the libraries it uses to CommonJS in dist/api, mirroring the source tree
// so that the relative imports SWC writes for the @piano2030/* aliases resolve at run time.
import { transformFile } from '@swc/core';
import { copyFile, mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { root, swcOptions } = require('./swc-options.cjs');

export const API_SOURCES = ['apps/api/src', 'libs/api', 'libs/shared'];
export const API_OUT = path.join(root, 'dist/api');

async function* sourceFiles(dir) {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* sourceFiles(full);
    else if (/\.ts$/.test(entry.name) && !/\.(spec|test|d)\.ts$/.test(entry.name)) yield full;
    // Data files the seeds read at run time (the chamber's report) travel with the code.
    else if (/\.json$/.test(entry.name) && path.basename(dir) === 'data') yield full;
  }
}

/** `clean: false` keeps dist/api in place, for the dev watcher whose running server reads it. */
export async function buildApi({ clean = true } = {}) {
  const started = Date.now();
  if (clean) await rm(API_OUT, { recursive: true, force: true });
  const options = swcOptions();
  let count = 0;
  for (const source of API_SOURCES) {
    for await (const file of sourceFiles(path.join(root, source))) {
      if (file.endsWith('.json')) {
        await mkdir(path.dirname(path.join(API_OUT, path.relative(root, file))), { recursive: true });
        await copyFile(file, path.join(API_OUT, path.relative(root, file)));
        continue;
      }
      const output = await transformFile(file, { ...options, filename: file, sourceFileName: file });
      const target = path.join(API_OUT, path.relative(root, file)).replace(/\.ts$/, '.js');
      await mkdir(path.dirname(target), { recursive: true });
      await writeFile(target, `${output.code}\n//# sourceMappingURL=${path.basename(target)}.map\n`);
      await writeFile(`${target}.map`, output.map ?? '');
      count += 1;
    }
  }
  await writeFile(path.join(API_OUT, '.built'), new Date().toISOString());
  console.log(`API built: ${count} files in ${Date.now() - started} ms`);
}

if (import.meta.url === `file://${process.argv[1]}`) await buildApi();
