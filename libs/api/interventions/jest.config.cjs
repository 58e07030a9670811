const { preset } = require('../../../jest.preset.cjs');

module.exports = { ...preset(), displayName: 'api-interventions', rootDir: __dirname };
