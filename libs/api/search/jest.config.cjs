const { preset } = require('../../../jest.preset.cjs');

module.exports = { ...preset(), displayName: 'api-search', rootDir: __dirname };
