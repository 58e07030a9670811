const { preset } = require('../../../jest.preset.cjs');

module.exports = { ...preset(), displayName: 'api-notifications', rootDir: __dirname };
