import { onlyError, type GraphQLClient } from '@piano2030/api-testing';
import { startApi, type RunningApi } from './support/api-process';
import { registeredBrowser, signedInBrowser } from './support/sign-in';

const ADMIN = { email: 'segreteria@provincia.example', password: 'password amministratore' };
const BODIES = `{ bodies { id code seats seatsPerParty complete vacancies { partyCode seats vacant }
  votingRules { quorumMembers eachPartyPresent } } }`;
const BODY = `query ($id: ID!, $ended: Boolean) { body(id: $id) { code complete vacancies { partyCode vacant }
  members(includeEnded: $ended) { id role partyCode endedOn endReason person { displayName } alternate { displayName } } } }`;
const APPOINT = `mutation ($input: AppointMemberInput!) { appointMember(input: $input) { id role partyCode termFrom } }`;
const END = `mutation ($input: EndMembershipInput!) { endMembership(input: $input) { id endedOn endReason } }`;

type Body = {
  id: string;
  code: string;
  complete: boolean;
  vacancies: { partyCode: string; vacant: number }[];
};

describe('governance: bodies and memberships', () => {
  let api: RunningApi;
  let admin: GraphQLClient;
  let cabina: Body;
  let comitato: Body;
  let people: string[];
  const count = async (sql: string) => Number((await api.sql<{ n: string }>(sql))[0].n);
  const appointment = (userId: string, extra: Record<string, unknown> = {}) => ({
    bodyId: cabina.id,
    userId,
    role: 'MEMBER',
    partyCode: 'PROVINCIA_LUCCA',
    designationReference: 'Decreto del Presidente n. 12/2020',
    designationDate: '2020-10-01',
    termFrom: '2020-10-15',
    ...extra,
  });

  beforeAll(async () => {
    api = await startApi({ ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password });
    admin = await signedInBrowser(api, ADMIN.email, ADMIN.password);
    people = [];
    for (let i = 0; i < 9; i += 1) {
      const browser = await registeredBrowser(api, `componente${i}@example.org`);
      people.push((await browser.request<{ me: { id: string } }>('{ me { id } }')).data!.me.id);
    }
    const { data } = await api.client().request<{ bodies: Body[] }>(BODIES);
    [cabina, comitato] = data!.bodies;
  });
  afterAll(() => api?.stop());

  it('lists the two bodies; the Cabina has 3 + 3 seats, all empty, and decides with 4 present and both Parti', async () => {
    const { data } = await api
      .client()
      .request<{ bodies: (Body & { seats: number; votingRules: unknown })[] }>(BODIES);
    expect(data!.bodies.map((b) => b.code)).toEqual(['CABINA_DI_REGIA', 'COMITATO_OPERATIVO']);
    expect(data!.bodies[0]).toMatchObject({
      seats: 6,
      complete: false,
      vacancies: [
        { partyCode: 'PROVINCIA_LUCCA', seats: 3, vacant: 3 },
        { partyCode: 'CCIAA_LUCCA', seats: 3, vacant: 3 },
      ],
      votingRules: { quorumMembers: 4, eachPartyPresent: true },
    });
    expect(data!.bodies[1]).toMatchObject({ seats: null, complete: true, vacancies: [] });
  });

  it('refuses appointments from anyone but an administrator, writing nothing', async () => {
    const citizen = await registeredBrowser(api, 'curioso@example.org');
    expect(
      onlyError(await citizen.request(APPOINT, { input: appointment(people[0]) })).extensions?.code,
    ).toBe('FORBIDDEN');
    expect(
      onlyError(await api.client().request(APPOINT, { input: appointment(people[0]) })).extensions?.code,
    ).toBe('UNAUTHENTICATED');
    expect(await count('SELECT count(*) AS n FROM memberships')).toBe(0);
  });

  it('takes at most 3 members per Parte even when 5 appointments race, and shows the board complete at 3 + 3', async () => {
    const results = await Promise.all(
      people.slice(0, 5).map((userId) => admin.request(APPOINT, { input: appointment(userId) })),
    );
    const refused = results.filter((r) => r.errors);
    expect(results.length - refused.length).toBe(3);
    for (const response of refused) {
      expect(onlyError(response).extensions?.code).toBe('CONFLICT');
      expect(onlyError(response).message).toMatch(/PROVINCIA_LUCCA already has 3 active members/);
    }
    expect(await count(`SELECT count(*) AS n FROM memberships WHERE party_code = 'PROVINCIA_LUCCA'`)).toBe(3);

    const provinciaMembers = (
      await api.sql<{ user_id: string }>(
        `SELECT user_id FROM memberships WHERE party_code = 'PROVINCIA_LUCCA'`,
      )
    ).map((r) => r.user_id);
    const free = people.filter((id) => !provinciaMembers.includes(id));
    for (const [index, userId] of free.slice(0, 3).entries()) {
      const role = index === 0 ? 'CHAIR' : 'MEMBER';
      const response = await admin.request(APPOINT, {
        input: appointment(userId, { partyCode: 'CCIAA_LUCCA', role }),
      });
      expect(response.errors).toBeUndefined();
    }
    const { data } = await api.client().request<{ body: Body }>(BODY, { id: cabina.id });
    expect(data!.body.complete).toBe(true);
    expect(data!.body.vacancies.every((v) => v.vacant === 0)).toBe(true);
    expect(await count(`SELECT count(*) AS n FROM audit_entries WHERE action = 'membership.appointed'`)).toBe(
      6,
    );
  });

  it.each([
    ['a member without a Parte on the Cabina', { partyCode: null }, 'BAD_USER_INPUT', 'partyCode'],
    ['a term that ends before it starts', { termTo: '2019-01-01' }, 'BAD_USER_INPUT', 'termTo'],
    ['an unknown account', { userId: '00000000-0000-4000-8000-000000000000' }, 'NOT_FOUND', null],
    ['a malformed id', { bodyId: 'cabina' }, 'BAD_USER_INPUT', 'bodyId'],
    [
      'a blank act of designation',
      { designationReference: '     ' },
      'BAD_USER_INPUT',
      'designationReference',
    ],
  ])('refuses %s with %s, writing nothing', async (_case, change, code, field) => {
    const before = await count('SELECT count(*) AS n FROM memberships');
    const error = onlyError(await admin.request(APPOINT, { input: appointment(people[8], change) }));
    expect(error.extensions?.code).toBe(code);
    if (field) expect(Object.keys(error.extensions?.fieldErrors as object)).toContain(field);
    expect(await count('SELECT count(*) AS n FROM memberships')).toBe(before);
  });

  it('refuses an appointment to the Comitato without an approved Cabina decision, and a decision on the Cabina', async () => {
    const before = await count('SELECT count(*) AS n FROM memberships');
    const comitatoMember = appointment(people[7], { bodyId: comitato.id, role: 'CHAIR', partyCode: null });
    const missing = onlyError(await admin.request(APPOINT, { input: comitatoMember }));
    expect(missing.extensions?.code).toBe('BAD_USER_INPUT');
    expect(missing.extensions?.fieldErrors).toEqual({
      decisionId: ['decisionId is required: the Cabina di Regia appoints this body'],
    });
    const unknown = onlyError(
      await admin.request(APPOINT, {
        input: { ...comitatoMember, decisionId: '00000000-0000-4000-8000-000000000000' },
      }),
    );
    expect(unknown.extensions?.code).toBe('NOT_FOUND');
    const onCabina = onlyError(
      await admin.request(APPOINT, {
        input: appointment(people[8], {
          role: 'SECRETARY',
          partyCode: null,
          decisionId: '00000000-0000-4000-8000-000000000000',
        }),
      }),
    );
    expect(Object.keys(onCabina.extensions?.fieldErrors as object)).toEqual(['decisionId']);
    expect(await count('SELECT count(*) AS n FROM memberships')).toBe(before);
  });

  it('refuses a person already sitting on the body, with CONFLICT', async () => {
    const [sitting] = await api.sql<{ user_id: string }>(
      `SELECT user_id FROM memberships WHERE body_id = $1 LIMIT 1`,
      [cabina.id],
    );
    const twice = await admin.request(APPOINT, {
      input: appointment(sitting.user_id, { role: 'SECRETARY', partyCode: null }),
    });
    expect(onlyError(twice).extensions?.code).toBe('CONFLICT');
  });

  it('lets a secretary sit without a seat or a Parte', async () => {
    const secretary = await admin.request(APPOINT, {
      input: appointment(people[8], { role: 'SECRETARY', partyCode: null }),
    });
    expect(secretary.errors).toBeUndefined();
    const { data } = await api.client().request<{ body: Body }>(BODY, { id: cabina.id });
    expect(data!.body.complete).toBe(true);
  });

  it('ends a membership keeping its history, which frees the seat', async () => {
    const { data } = await api.client().request<{
      body: { members: { id: string; partyCode: string; role: string }[] };
    }>(BODY, { id: cabina.id });
    const leaving = data!.body.members.find((m) => m.partyCode === 'PROVINCIA_LUCCA')!;
    const ended = await admin.request<{ endMembership: { endedOn: string } }>(END, {
      input: { membershipId: leaving.id, endedOn: '2021-03-31', reason: 'Dimissioni' },
    });
    expect(ended.data!.endMembership.endedOn).toBe('2021-03-31');
    const again = await admin.request(END, {
      input: { membershipId: leaving.id, endedOn: '2021-04-01', reason: 'Ancora' },
    });
    expect(onlyError(again).extensions?.code).toBe('CONFLICT');

    const after = await api.client().request<{
      body: Body & { members: { id: string; endedOn: string | null; endReason: string | null }[] };
    }>(BODY, { id: cabina.id, ended: true });
    expect(after.data!.body.complete).toBe(false);
    expect(after.data!.body.vacancies.find((v) => v.partyCode === 'PROVINCIA_LUCCA')!.vacant).toBe(1);
    expect(after.data!.body.members.find((m) => m.id === leaving.id)).toMatchObject({
      endedOn: '2021-03-31',
      endReason: 'Dimissioni',
    });
    const current = await api
      .client()
      .request<{ body: { members: { id: string }[] } }>(BODY, { id: cabina.id });
    expect(current.data!.body.members.map((m) => m.id)).not.toContain(leaving.id);
  });

  it('answers NOT_FOUND for an unknown body', async () => {
    const response = await api.client().request(BODY, { id: 'not-a-body' });
    expect(onlyError(response).extensions?.code).toBe('NOT_FOUND');
  });
});
