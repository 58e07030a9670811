export * from './lib/embedded-postgres';
export * from './lib/postgres-admin';
