const { preset } = require('../../jest.preset.cjs');

// Each test file starts the built API as a process on its own copy of a migrated template database.
module.exports = {
  ...preset(),
  displayName: 'api-e2e',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.e2e.ts'],
  globalSetup: '<rootDir>/src/support/global-setup.ts',
  globalTeardown: '<rootDir>/src/support/global-teardown.ts',
  setupFilesAfterEnv: ['<rootDir>/src/support/timeouts.ts'],
};
