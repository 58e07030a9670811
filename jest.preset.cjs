// Shared jest settings: SWC transform (the build's own options) and the tsconfig path aliases.
const path = require('node:path');
const { compilerOptions } = require('./tsconfig.base.json');
const { swcOptions } = require('./tools/scripts/swc-options.cjs');

const aliases = Object.fromEntries(
  Object.entries(compilerOptions.paths).map(([alias, [target]]) => [
    `^${alias}$`,
    path.join(__dirname, target),
  ]),
);

function preset({ jsx = false } = {}) {
  const { jsc, module } = swcOptions({ jsx });
  return {
    transform: { '^.+\\.(t|j)sx?$': ['@swc/jest', { jsc, module, sourceMaps: 'inline' }] },
    moduleNameMapper: aliases,
    moduleFileExtensions: ['ts', 'tsx', 'js', 'mjs', 'cjs', 'json'],
    testEnvironment: 'node',
  };
}

module.exports = { preset };
