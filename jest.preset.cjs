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

/** A browser-side project: jsdom, the UI kit's CommonJS build, CSS stubbed, jest-dom matchers. */
function webProject(rootDir, displayName) {
  const base = preset({ jsx: true });
  return {
    ...base,
    displayName,
    rootDir,
    testEnvironment: 'jsdom',
    moduleNameMapper: {
      ...base.moduleNameMapper,
      // The kit publishes its CommonJS build only under a "main" export condition that jest does not use.
      '^design-react-kit$': path.join(__dirname, 'node_modules/design-react-kit/dist/index.cjs'),
      '\\.css$': 'identity-obj-proxy',
    },
    setupFilesAfterEnv: [path.join(__dirname, 'libs/web/jest.setup.ts')],
    // A page test awaits several renders, each allowed 5 s (jest.setup.ts) on 2 shared cores: the
    // default 5 s for the whole test is tighter than one of its waits.
    testTimeout: 20_000,
  };
}

module.exports = { preset, webProject };
