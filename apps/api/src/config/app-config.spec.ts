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
    [{ NOTIFICATIONS_POLL_MS: '50' }, 'NOTIFICATIONS_POLL_MS'],
    [{ SMTP_URL: 'mail.example.org:25' }, 'SMTP_URL'],
    [{ DIGEST_HOUR: '24' }, 'DIGEST_HOUR'],
    [{ DIGEST_HOUR: 'never' }, 'DIGEST_HOUR'],
    [{ PUBLIC_URL: 'piano2030.example.org' }, 'PUBLIC_URL'],
  ])('refuses %o naming %s', (env, name) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(new RegExp(`^Invalid configuration:\\n  ${name}:`, 'm'));
  });

  it('sends notifications every second, writes digests from 7 and keeps e-mails in the outbox by default', () => {
    expect(loadConfig({}).notifications).toEqual({
      pollMs: 1000,
      smtpUrl: null,
      smtpFrom: 'Piano Strategico 2030 <noreply@piano2030.localhost>',
      digestHour: 7,
      publicUrl: 'http://localhost:3000',
    });
    expect(
      loadConfig({
        NOTIFICATIONS_POLL_MS: '0',
        SMTP_URL: 'smtp://127.0.0.1:2525',
        DIGEST_HOUR: 'off',
        PUBLIC_URL: 'https://piano2030.example.org/',
      }).notifications,
    ).toMatchObject({
      pollMs: 0,
      smtpUrl: 'smtp://127.0.0.1:2525',
      digestHour: null,
      publicUrl: 'https://piano2030.example.org',
    });
    expect(loadConfig({ DIGEST_HOUR: '0' }).notifications.digestHour).toBe(0);
  });

  it('treats empty variables as unset', () => {
    expect(loadConfig({ DATABASE_URL: '', PORT: '' })).toMatchObject({ databaseUrl: null, port: 3000 });
  });
});
