// One jest run over every project: unit tests beside the code, API tests in apps/api-e2e.
module.exports = {
  projects: [
    '<rootDir>/apps/*/jest.config.cjs',
    '<rootDir>/libs/*/*/jest.config.cjs',
    '<rootDir>/tools/jest.config.cjs',
  ],
};
