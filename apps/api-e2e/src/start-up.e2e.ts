import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startApi } from './support/api-process';
import { runApiCommand } from './support/run-api-command';

describe('start-up', () => {
  it.each([
    [{ PORT: 'eighty' }, 'PORT'],
    [{ DATABASE_URL: 'mysql://localhost/piano' }, 'DATABASE_URL'],
    [{ ADMIN_EMAIL: 'admin@example.org' }, 'ADMIN_PASSWORD'],
  ])('stops with a message naming the bad variable: %o', async (env, name) => {
    const result = await runApiCommand([], env);
    expect(result.code).toBe(78);
    expect(result.output).toContain(`Invalid configuration:\n  ${name}:`);
  });

  it('serves /health, security headers and the web app on one port; demo accounts once only', async () => {
    const web = await mkdtemp(path.join(tmpdir(), 'piano2030-web-'));
    await writeFile(
      path.join(web, 'index.html'),
      '<!doctype html><html lang="it"><title>Piano 2030</title></html>',
    );
    await mkdir(path.join(web, 'assets'));
    await writeFile(path.join(web, 'assets', 'app.js'), 'console.log(1)');
    const api = await startApi({ SEED_DEMO: 'true', WEB_DIST_DIR: web });
    try {
      const health = await fetch(`${api.baseUrl}/health`);
      expect(health.status).toBe(200);
      expect(await health.json()).toEqual({ status: 'ok', database: 'up' });
      expect(health.headers.get('content-security-policy')).toContain("default-src 'self'");
      expect(health.headers.get('x-frame-options')).toBe('DENY');

      const page = await fetch(`${api.baseUrl}/ambiti/PS3`, { headers: { accept: 'text/html' } });
      expect(await page.text()).toContain('<title>Piano 2030</title>');
      expect((await fetch(`${api.baseUrl}/assets/app.js`)).status).toBe(200);
      const graphql = await api
        .client()
        .request<{ interventionAreas: unknown[] }>('{ interventionAreas { code } }');
      expect(graphql.data!.interventionAreas).toHaveLength(8);

      const demo = await api
        .client()
        .request<{ login: { roles: string[] } }>(
          'mutation { login(input: { email: "admin@piano2030.demo", password: "demo-piano-2030" }) { roles } }',
        );
      expect(demo.data!.login.roles).toEqual(['ADMIN']);
      expect(api.output()).toContain('admin@piano2030.demo');

      const count = async (table: string) =>
        Number((await api.sql<{ n: string }>(`SELECT count(*) AS n FROM ${table}`))[0].n);
      // The demo board has met twice: the Comitato appointed, an expert engaged, the quarter's plan adopted.
      expect(await count('decisions')).toBe(3);
      expect(await count('work_plans')).toBe(1);
      // The chamber's report, and the tourism area's published SWOT, priorities and interventions.
      expect(await count('indicator_series')).toBe(53);
      expect(await count("swot_items WHERE status = 'PUBLISHED'")).toBe(8);
      expect(await count('interventions')).toBe(2);
      // Four organisations with a verified representative, and one request in the administrators' queue.
      expect(await count("organisation_representatives WHERE status = 'VERIFIED'")).toBe(4);
      expect(await count("organisation_representatives WHERE status = 'PENDING'")).toBe(1);
      expect(await count('users WHERE privacy_consent_at IS NULL')).toBe(0);
      const before = { users: await count('users'), memberships: await count('memberships') };
      await api.restart({ SEED_DEMO: 'true', WEB_DIST_DIR: web });
      expect({ users: await count('users'), memberships: await count('memberships') }).toEqual(before);
      expect(await count('decisions')).toBe(3);
      expect(await count('work_plans')).toBe(1);
      expect(await count('interventions')).toBe(2);
      expect(await count('intervention_versions')).toBe(4);
      expect(await count('organisations')).toBe(5);
      expect(await count('organisation_representatives')).toBe(5);
      expect(api.output()).toContain('Indicators: 0 created, 0 updated, 53 unchanged');
      expect(api.output()).toMatch(/Demo accounts: 0 created, \d+ already present/);
    } finally {
      await api.stop();
      await rm(web, { recursive: true, force: true });
    }
  }, 60_000);

  it('keeps an existing administrator password when ADMIN_PASSWORD changes', async () => {
    const api = await startApi({ ADMIN_EMAIL: 'capo@example.org', ADMIN_PASSWORD: 'prima password lunga' });
    try {
      await api.restart({ ADMIN_EMAIL: 'capo@example.org', ADMIN_PASSWORD: 'seconda password lunga' });
      const login = (password: string) =>
        api
          .client()
          .request(
            'mutation ($p: String!) { login(input: { email: "capo@example.org", password: $p }) { id } }',
            { p: password },
          );
      expect((await login('prima password lunga')).errors).toBeUndefined();
      expect((await login('seconda password lunga')).errors).toBeDefined();
    } finally {
      await api.stop();
    }
  });
});
