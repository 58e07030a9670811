const { preset } = require('../../../jest.preset.cjs');

module.exports = { ...preset(), displayName: 'api-consultations', rootDir: __dirname };
