const { preset } = require('../../../jest.preset.cjs');

module.exports = { ...preset(), displayName: 'api-participants', rootDir: __dirname };
