export * from './lib/governance/describe-outcome';
export * from './lib/governance/vote-outcome';
export * from './lib/json';
export * from './lib/limits';
export * from './lib/locales';
export * from './lib/permissions';
export * from './lib/process';
export * from './lib/roles';
