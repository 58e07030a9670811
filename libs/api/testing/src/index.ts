export * from './lib/graphql-client';
export * from './lib/postgres-server';
