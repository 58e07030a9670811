const { preset } = require('../../../jest.preset.cjs');

module.exports = { ...preset(), displayName: 'api-realtime', rootDir: __dirname };
