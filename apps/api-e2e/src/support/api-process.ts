import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { createDatabase, dropDatabase } from '@piano2030/api-database';
import { GraphQLClient } from '@piano2030/api-testing';
import { API_MAIN, REPO_ROOT } from './paths';

export interface RunningApi {
  baseUrl: string;
  databaseUrl: string;
  /** A new browser: its own cookie jar. */
  client(headers?: Record<string, string>): GraphQLClient;
  /** Reads the API's database directly, to check what a call did or did not write. */
  sql<T = Record<string, unknown>>(query: string, params?: unknown[]): Promise<T[]>;
  output(): string;
  stop(): Promise<void>;
  /** Stops the process but keeps the database, for a restart on the same data. */
  restart(env?: Record<string, string>): Promise<void>;
  /** Starts one more API process on the same database (several instances); stopped with this one. */
  addInstance(env?: Record<string, string>): Promise<{ baseUrl: string; client(): GraphQLClient }>;
}

/**
 * Starts the built API (dist/api, production mode) on a fresh copy of the migrated template
 * database, on a free port, and waits until it says it is listening.
 */
export async function startApi(env: Record<string, string> = {}): Promise<RunningApi> {
  const serverUrl = required('E2E_PG_SERVER_URL');
  const name = `piano2030_e2e_${randomBytes(5).toString('hex')}`;
  const databaseUrl = await createDatabase(serverUrl, name, required('E2E_TEMPLATE_DB'));
  let process_ = await launch({ ...env, DATABASE_URL: databaseUrl });
  const extraInstances: Launched[] = [];
  const db = new Client({ connectionString: databaseUrl });
  await db.connect();
  return {
    get baseUrl() {
      return process_.baseUrl;
    },
    databaseUrl,
    client: (headers) => new GraphQLClient(process_.baseUrl, headers),
    sql: async (query, params) => (await db.query(query, params)).rows,
    output: () => process_.output(),
    restart: async (nextEnv = env) => {
      await process_.stop();
      process_ = await launch({ ...nextEnv, DATABASE_URL: databaseUrl });
    },
    addInstance: async (instanceEnv = env) => {
      const instance = await launch({ ...instanceEnv, DATABASE_URL: databaseUrl });
      extraInstances.push(instance);
      return { baseUrl: instance.baseUrl, client: () => new GraphQLClient(instance.baseUrl) };
    },
    stop: async () => {
      await Promise.all([process_, ...extraInstances].map((instance) => instance.stop()));
      await db.end();
      await dropDatabase(serverUrl, name);
    },
  };
}

interface Launched {
  baseUrl: string;
  output(): string;
  stop(): Promise<void>;
}

function launch(env: Record<string, string>): Promise<Launched> {
  const child = spawn(process.execPath, ['--enable-source-maps', API_MAIN], {
    cwd: REPO_ROOT,
    env: {
      PATH: process.env.PATH ?? '',
      NO_COLOR: '1',
      NODE_ENV: 'production',
      PORT: '0',
      SEED_DEMO: 'false',
      WEB_DIST_DIR: 'tmp/no-web-build',
      ...env,
    },
  });
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => fail(new Error('The API did not start within 30 s')), 30_000);
    const fail = (error: Error) => {
      clearTimeout(timer);
      child.kill('SIGKILL');
      reject(new Error(`${error.message}\n${output}`));
    };
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /listening on http:\/\/localhost:(\d+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve({
          baseUrl: `http://127.0.0.1:${match[1]}`,
          output: () => output,
          stop: () => terminate(child),
        });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code) => fail(new Error(`The API exited with code ${code} before listening`)));
  });
}

function terminate(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.removeAllListeners('exit');
    child.on('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run the API tests through jest (global setup)`);
  return value;
}
