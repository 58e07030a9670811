const { preset } = require('../../../jest.preset.cjs');

module.exports = { ...preset(), displayName: 'shared-domain', rootDir: __dirname };
