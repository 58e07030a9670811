const { preset } = require('../../../jest.preset.cjs');

module.exports = { ...preset(), displayName: 'api-work-plans', rootDir: __dirname };
