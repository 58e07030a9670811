const { preset } = require('../../../jest.preset.cjs');

module.exports = { ...preset(), displayName: 'api-context', rootDir: __dirname };
