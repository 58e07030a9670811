export * from './lib/json';
export * from './lib/limits';
export * from './lib/locales';
export * from './lib/permissions';
export * from './lib/process';
export * from './lib/roles';
