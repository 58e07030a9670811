import { onlyError } from '@piano2030/api-testing';
import { startApi, type RunningApi } from './support/api-process';

const REGISTER = `mutation ($input: RegisterInput!) { register(input: $input) { id email displayName roles } }`;
const LOGIN = `mutation ($input: LoginInput!) { login(input: $input) { id email } }`;
const ME = '{ me { id email displayName roles createdAt } }';

type User = { id: string; email: string; displayName: string; roles: string[] };

describe('accounts: register, sign in, me, sign out', () => {
  let api: RunningApi;
  const countUsers = async () =>
    Number((await api.sql<{ n: string }>('SELECT count(*) AS n FROM users'))[0].n);

  beforeAll(async () => (api = await startApi()));
  afterAll(() => api?.stop());

  it('registers, signs the browser in with an httpOnly SameSite cookie, and audits it', async () => {
    const browser = api.client();
    const input = {
      email: '  Anna.Verdi@Example.org ',
      password: 'una password lunga',
      displayName: ' Anna   Verdi ',
      privacyConsent: true,
    };
    const response = await browser.request<{ register: User }>(REGISTER, { input });
    expect(response.errors).toBeUndefined();
    expect(response.data!.register).toMatchObject({
      email: 'anna.verdi@example.org',
      displayName: 'Anna Verdi',
      roles: [],
    });
    const cookie = response.headers.getSetCookie().join('\n');
    expect(cookie).toMatch(/piano2030_session=[\w-]{40,}/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    const me = await browser.request<{ me: User }>(ME);
    expect(me.data!.me.id).toBe(response.data!.register.id);
    const audit = await api.sql('SELECT action FROM audit_entries WHERE subject_id = $1', [me.data!.me.id]);
    expect(audit).toEqual([{ action: 'account.registered' }]);
    const [{ password_hash }] = await api.sql<{ password_hash: string }>(
      'SELECT password_hash FROM users WHERE id = $1',
      [me.data!.me.id],
    );
    expect(password_hash).toMatch(/^\$argon2id\$/);
  });

  it.each([
    [
      'a malformed e-mail',
      { email: 'not-an-email', password: 'una password lunga', displayName: 'Rita', privacyConsent: true },
      'email',
    ],
    [
      'a short password',
      { email: 'rita@example.org', password: 'corta', displayName: 'Rita', privacyConsent: true },
      'password',
    ],
    [
      'a one-letter name',
      { email: 'rita@example.org', password: 'una password lunga', displayName: 'R', privacyConsent: true },
      'displayName',
    ],
    [
      'a blank name',
      {
        email: 'rita@example.org',
        password: 'una password lunga',
        displayName: '     ',
        privacyConsent: true,
      },
      'displayName',
    ],
    [
      'a NUL byte in the name',
      {
        email: 'rita@example.org',
        password: 'una password lunga',
        displayName: 'Ri\u0000ta',
        privacyConsent: true,
      },
      'displayName',
    ],
  ])('refuses %s with BAD_USER_INPUT naming the field, writing nothing', async (_case, input, field) => {
    const before = await countUsers();
    const error = onlyError(await api.client().request(REGISTER, { input }));
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    expect(Object.keys(error.extensions?.fieldErrors as object)).toEqual([field]);
    expect(error.message).toContain(field);
    expect(await countUsers()).toBe(before);
  });

  it('refuses an e-mail already registered, whatever its case, with CONFLICT', async () => {
    const input = {
      email: 'paolo@example.org',
      password: 'una password lunga',
      displayName: 'Paolo',
      privacyConsent: true,
    };
    await api.client().request(REGISTER, { input });
    const before = await countUsers();
    const error = onlyError(
      await api.client().request(REGISTER, { input: { ...input, email: 'PAOLO@example.org' } }),
    );
    expect(error.extensions?.code).toBe('CONFLICT');
    expect(await countUsers()).toBe(before);
  });

  it('signs in and out; the old cookie is dead after sign-out', async () => {
    await api.client().request(REGISTER, {
      input: {
        email: 'lucia@example.org',
        password: 'una password lunga',
        displayName: 'Lucia',
        privacyConsent: true,
      },
    });
    const browser = api.client();
    expect((await browser.request<{ me: null }>(ME)).data!.me).toBeNull();
    const login = await browser.request<{ login: User }>(LOGIN, {
      input: { email: 'Lucia@example.org', password: 'una password lunga' },
    });
    expect(login.data!.login.email).toBe('lucia@example.org');
    const stolenCookie = browser.cookieHeader();
    expect((await browser.request<{ me: User }>(ME)).data!.me.email).toBe('lucia@example.org');

    expect((await browser.request<{ logout: boolean }>('mutation { logout }')).data!.logout).toBe(true);
    expect(browser.cookieHeader()).toBe('');
    const replay = await api.client({ cookie: stolenCookie }).request<{ me: null }>(ME);
    expect(replay.data!.me).toBeNull();
    const actions = await api.sql<{ action: string }>(
      `SELECT action FROM audit_entries WHERE actor_id = $1 ORDER BY id`,
      [login.data!.login.id],
    );
    expect(actions.map((a) => a.action)).toEqual(['account.registered', 'session.opened', 'session.closed']);
  });

  it('says the same thing for an unknown e-mail and a wrong password', async () => {
    await api.client().request(REGISTER, {
      input: {
        email: 'marco@example.org',
        password: 'una password lunga',
        displayName: 'Marco',
        privacyConsent: true,
      },
    });
    const wrongPassword = onlyError(
      await api.client().request(LOGIN, { input: { email: 'marco@example.org', password: 'sbagliata!!!' } }),
    );
    const unknownEmail = onlyError(
      await api
        .client()
        .request(LOGIN, { input: { email: 'nessuno@example.org', password: 'sbagliata!!!' } }),
    );
    expect(wrongPassword).toEqual(unknownEmail);
    expect(wrongPassword.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('stops guessing on one account after 5 failures with TOO_MANY_REQUESTS', async () => {
    await api.client().request(REGISTER, {
      input: {
        email: 'sara@example.org',
        password: 'una password lunga',
        displayName: 'Sara',
        privacyConsent: true,
      },
    });
    const attempt = (password: string) =>
      api.client().request(LOGIN, { input: { email: 'sara@example.org', password } });
    for (let i = 0; i < 5; i += 1)
      expect(onlyError(await attempt(`wrong ${i}`)).extensions?.code).toBe('UNAUTHENTICATED');
    const blocked = await attempt('una password lunga');
    const error = onlyError(blocked);
    expect(error.extensions?.code).toBe('TOO_MANY_REQUESTS');
    expect(error.extensions?.retryAfterSeconds).toBeGreaterThan(0);
    expect(error.message).toMatch(/Too many failed sign-in attempts/);
    const other = await api
      .client()
      .request(LOGIN, { input: { email: 'marco@example.org', password: 'una password lunga' } });
    expect(other.errors).toBeUndefined();
  });

  it('refuses sign-out without a session', async () => {
    expect(onlyError(await api.client().request('mutation { logout }')).extensions?.code).toBe(
      'UNAUTHENTICATED',
    );
  });
});
