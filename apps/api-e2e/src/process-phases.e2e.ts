import { onlyError } from '@piano2030/api-testing';
import { startApi, type RunningApi } from './support/api-process';
import { registeredBrowser, signedInBrowser } from './support/sign-in';

const UPDATE = `mutation ($input: UpdateProcessPhaseInput!) {
  updateProcessPhase(input: $input) { code startsOn endsOn timing }
}`;
const ADMIN = { email: 'responsabile@provincia.example', password: 'password amministratore' };

describe('process phases: administrators change the dates, nobody else', () => {
  let api: RunningApi;
  const listening = async () =>
    (
      await api.sql<{ starts_on: string; ends_on: string }>(
        `SELECT to_char(starts_on, 'YYYY-MM-DD') AS starts_on, to_char(ends_on, 'YYYY-MM-DD') AS ends_on
         FROM process_phases WHERE code = 'LISTENING'`,
      )
    )[0];

  beforeAll(async () => (api = await startApi({ ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password })));
  afterAll(() => api?.stop());

  it('refuses anonymous visitors (UNAUTHENTICATED) and citizens (FORBIDDEN), changing nothing', async () => {
    const before = await listening();
    const input = { code: 'LISTENING', startsOn: '2021-02-01', endsOn: '2021-05-15' };
    expect(onlyError(await api.client().request(UPDATE, { input })).extensions?.code).toBe('UNAUTHENTICATED');
    const citizen = await registeredBrowser(api, 'cittadino@example.org');
    expect(onlyError(await citizen.request(UPDATE, { input })).extensions?.code).toBe('FORBIDDEN');
    expect(await listening()).toEqual(before);
  });

  it('lets the administrator set from ADMIN_EMAIL change the dates, with an audit entry', async () => {
    const admin = await signedInBrowser(api, ADMIN.email, ADMIN.password);
    const response = await admin.request<{ updateProcessPhase: { startsOn: string; endsOn: string } }>(
      UPDATE,
      {
        input: { code: 'LISTENING', startsOn: '2021-02-01', endsOn: '2021-05-15' },
      },
    );
    expect(response.errors).toBeUndefined();
    expect(response.data!.updateProcessPhase).toMatchObject({ startsOn: '2021-02-01', endsOn: '2021-05-15' });
    expect(await listening()).toEqual({ starts_on: '2021-02-01', ends_on: '2021-05-15' });
    const [entry] = await api.sql<{ action: string; data: unknown }>(
      `SELECT action, data FROM audit_entries WHERE subject_id = 'LISTENING'`,
    );
    expect(entry).toEqual({
      action: 'process-phase.dates-changed',
      data: {
        before: { startsOn: '2021-01-15', endsOn: '2021-04-30' },
        after: { startsOn: '2021-02-01', endsOn: '2021-05-15' },
      },
    });
  });

  it.each([
    [
      'an end before the start',
      { code: 'LISTENING', startsOn: '2021-06-01', endsOn: '2021-05-01' },
      'BAD_USER_INPUT',
    ],
    [
      'a day that does not exist',
      { code: 'LISTENING', startsOn: '2021-02-30', endsOn: '2021-05-01' },
      'BAD_USER_INPUT',
    ],
    ['an unknown phase', { code: 'HARVEST', startsOn: '2021-02-01', endsOn: '2021-05-01' }, 'BAD_USER_INPUT'],
  ])('refuses %s with %s and leaves the dates as they were', async (_case, input, code) => {
    const admin = await signedInBrowser(api, ADMIN.email, ADMIN.password);
    const before = await listening();
    expect(onlyError(await admin.request(UPDATE, { input })).extensions?.code).toBe(code);
    expect(await listening()).toEqual(before);
  });

  it('shows the audit trail to administrators only', async () => {
    const query = '{ auditLog(first: 2) { hasMore items { action subjectType } } }';
    const citizen = await registeredBrowser(api, 'curioso@example.org');
    expect(onlyError(await citizen.request(query)).extensions?.code).toBe('FORBIDDEN');
    const admin = await signedInBrowser(api, ADMIN.email, ADMIN.password);
    const { data } = await admin.request<{ auditLog: { hasMore: boolean; items: { action: string }[] } }>(
      query,
    );
    expect(data!.auditLog.items).toHaveLength(2);
    expect(data!.auditLog.items[0].action).toBe('session.opened');
    expect(data!.auditLog.hasMore).toBe(true);
  });
});
