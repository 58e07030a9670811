import { DataSource } from 'typeorm';
import type { Actor } from '@piano2030/api-core';
import { createDatabase, dropDatabase } from '@piano2030/api-database';
import { ParticipantsService } from '@piano2030/api-participants';
import { startTestPostgres, type TestPostgresServer } from '@piano2030/api-testing';
import { dataSourceOptions, migrate } from './data-source';

const actorOf = (userId: string): Actor => ({
  userId,
  sessionId: 's',
  displayName: 'x',
  roles: ['AUTHENTICATED'],
});

/**
 * An embedded PostgreSQL cannot start inside a jest test file (its package is an ES module, loaded
 * with a dynamic import jest refuses without --experimental-vm-modules), so this runs only against
 * the server DATABASE_URL names, as `.ci/run` does on machines with PostgreSQL; skipped otherwise.
 */
const describeOnPostgres = process.env.DATABASE_URL ? describe : describe.skip;

/**
 * The service API the consultations domain calls inside its own transactions, on a migrated
 * PostgreSQL database: no GraphQL operation reaches it from the participants domain itself.
 */
describeOnPostgres('ParticipantsService on PostgreSQL (DATABASE_URL): who a person may speak for', () => {
  const service = new ParticipantsService();
  const name = `piano2030_participants_${process.pid}`;
  let server: TestPostgresServer;
  let dataSource: DataSource;
  const ids: Record<string, string> = {};

  const insert = async (sql: string, params: unknown[]) =>
    ((await dataSource.query(`${sql} RETURNING id`, params)) as { id: string }[])[0].id;
  const representation = (organisation: string, user: string, status: string) =>
    insert(
      `INSERT INTO organisation_representatives (organisation_id, user_id, title, status, decided_by, decided_at)
       VALUES ($1, $2, 'Presidente', $3, CASE WHEN $3 = 'PENDING' THEN NULL ELSE $2::uuid END,
               CASE WHEN $3 = 'PENDING' THEN NULL ELSE now() END)`,
      [ids[organisation], ids[user], status],
    );

  beforeAll(async () => {
    server = await startTestPostgres();
    const url = await createDatabase(server.url, name);
    await migrate(url);
    dataSource = new DataSource({ ...dataSourceOptions(url), migrationsRun: false });
    await dataSource.initialize();
    for (const user of ['verified', 'pending', 'rejected', 'revoked', 'outsider']) {
      ids[user] = await insert(
        `INSERT INTO users (email, password_hash, display_name) VALUES ($1, 'x', $2)`,
        [`${user}@example.org`, user],
      );
    }
    for (const [key, category] of [
      ['union', 'TRADE_UNION'],
      ['foundation', 'BANKING_FOUNDATION'],
    ]) {
      ids[key] = await insert(
        `INSERT INTO organisations (name, name_key, category, created_by) VALUES ($1, lower($1), $2, $3)`,
        [`Organisation ${key}`, category, ids.verified],
      );
    }
    ids.verifiedUnion = await representation('union', 'verified', 'VERIFIED');
    await representation('foundation', 'pending', 'PENDING');
    await representation('foundation', 'rejected', 'REJECTED');
    await representation('foundation', 'revoked', 'REVOKED');
  }, 120_000);

  afterAll(async () => {
    await dataSource?.destroy();
    if (server) {
      await dropDatabase(server.url, name);
      await server.stop();
    }
  });

  it("gives a verified representative the organisation's category", async () => {
    await expect(service.speakerFor(dataSource.manager, actorOf(ids.verified), ids.union)).resolves.toEqual({
      userId: ids.verified,
      organisationId: ids.union,
      category: 'TRADE_UNION',
    });
  });

  it('lets anyone speak for themselves, as CITIZEN', async () => {
    await expect(service.speakerFor(dataSource.manager, actorOf(ids.outsider), null)).resolves.toEqual({
      userId: ids.outsider,
      organisationId: null,
      category: 'CITIZEN',
    });
  });

  it.each([
    ['a pending request', 'pending', 'foundation'],
    ['a rejected request', 'rejected', 'foundation'],
    ['a revoked representation', 'revoked', 'foundation'],
    ['no request at all', 'outsider', 'union'],
    ["another organisation's verified representation", 'verified', 'foundation'],
  ])('refuses %s with FORBIDDEN', async (_case, user, organisation) => {
    await expect(
      service.speakerFor(dataSource.manager, actorOf(ids[user]), ids[organisation]),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('refuses an organisation that does not exist', async () => {
    await expect(
      service.speakerFor(dataSource.manager, actorOf(ids.verified), '00000000-0000-4000-8000-000000000000'),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it("holds the representation until the caller's transaction ends, so a revocation waits for it", async () => {
    let revocation: Promise<unknown> = Promise.resolve();
    await dataSource.transaction(async (manager) => {
      await service.speakerFor(manager, actorOf(ids.verified), ids.union);
      revocation = dataSource.transaction(async (other) => {
        await other.query(`SET LOCAL lock_timeout = '300ms'`);
        await other.query(`UPDATE organisation_representatives SET status = 'REVOKED' WHERE id = $1`, [
          ids.verifiedUnion,
        ]);
      });
      await expect(revocation).rejects.toThrow(/lock timeout/);
    });
    const [{ status }] = await dataSource.query(
      'SELECT status FROM organisation_representatives WHERE id = $1',
      [ids.verifiedUnion],
    );
    expect(status).toBe('VERIFIED');
  });

  it('tells whether a person is a verified representative of any organisation', async () => {
    expect(await service.isVerifiedRepresentative(dataSource.manager, ids.verified)).toBe(true);
    for (const user of ['pending', 'rejected', 'revoked', 'outsider']) {
      expect(await service.isVerifiedRepresentative(dataSource.manager, ids[user])).toBe(false);
    }
  });
});
