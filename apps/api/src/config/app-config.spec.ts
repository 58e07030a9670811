import { ConfigError, loadConfig } from './app-config';

describe('loadConfig', () => {
  it('starts on the embedded database with demo data when nothing is set', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      port: 3000,
      databaseUrl: null,
      dataDir: '.data',
      seedDemo: true,
      admin: null,
    });
  });

  it('turns demo data off with DATABASE_URL unless SEED_DEMO asks for it', () => {
    const url = 'postgresql://postgres@127.0.0.1:5432/piano';
    expect(loadConfig({ DATABASE_URL: url }).seedDemo).toBe(false);
    expect(loadConfig({ DATABASE_URL: url, SEED_DEMO: 'true' }).seedDemo).toBe(true);
  });

  it.each([
    [{ PORT: 'eighty' }, 'PORT'],
    [{ DATABASE_URL: 'mysql://x' }, 'DATABASE_URL'],
    [{ SEED_DEMO: 'yes' }, 'SEED_DEMO'],
    [{ ADMIN_EMAIL: 'admin@example.org' }, 'ADMIN_PASSWORD'],
    [{ ADMIN_EMAIL: 'not-an-address', ADMIN_PASSWORD: 'long enough password' }, 'ADMIN_EMAIL'],
    [{ REDIS_URL: 'localhost:6379' }, 'REDIS_URL'],
  ])('refuses %o naming %s', (env, name) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(new RegExp(`^Invalid configuration:\\n  ${name}:`, 'm'));
  });

  it('treats empty variables as unset', () => {
    expect(loadConfig({ DATABASE_URL: '', PORT: '' })).toMatchObject({ databaseUrl: null, port: 3000 });
  });
});
