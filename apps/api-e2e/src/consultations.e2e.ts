import { onlyError, type GraphQLClient, type GraphQLResponse } from '@piano2030/api-testing';
import { startApi, type RunningApi } from './support/api-process';
import { ok, seatBoards, type Boards } from './support/boards';
import { signedInBrowser } from './support/sign-in';

const ADMIN = { email: 'segreteria@provincia.example', password: 'password amministratore' };
const FIELDS = `id status version title areaCodes interventionIds swotItemIds planSection objectives context questions
  useOfContributions timeline resultsReportDue opensAt closesAt shortWindowReason shortWindow windowDays
  settings { preModeration participation hideAfterReports } contributionCount openedAt closedAt
  viewerCanManage schedulingProblems { field message }`;
const CREATE = `mutation ($input: CreateConsultationInput!) { createConsultation(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation ($input: UpdateConsultationInput!) { updateConsultation(input: $input) { ${FIELDS} } }`;
const SCHEDULE = `mutation ($id: ID!, $v: Int!) { scheduleConsultation(id: $id, expectedVersion: $v) { ${FIELDS} } }`;
const OPEN = `mutation ($id: ID!) { openConsultation(id: $id) { ${FIELDS} } }`;
const CLOSE = `mutation ($id: ID!) { closeConsultation(id: $id) { ${FIELDS} } }`;
const INVITE = `mutation ($id: ID!, $users: [ID!]!, $organisations: [ID!]!) {
  setConsultationInvitations(id: $id, userIds: $users, organisationIds: $organisations) { consultationId userIds organisationIds } }`;
const ONE = `query ($id: ID!) { consultation(id: $id) { ${FIELDS} } }`;
const LIST = `query ($status: ConsultationStatus, $areaCode: String) {
  consultations(status: $status, areaCode: $areaCode) { id status title opensAt viewerCanManage } }`;

interface Consultation {
  id: string;
  status: string;
  version: number;
  title: string;
  opensAt: string | null;
  closesAt: string | null;
  openedAt: string | null;
  closedAt: string | null;
  shortWindow: boolean;
  shortWindowReason: string | null;
  windowDays: number | null;
  viewerCanManage: boolean;
  schedulingProblems: { field: string; message: string }[];
  settings: { preModeration: boolean; participation: string; hideAfterReports: number };
}

const error = (response: GraphQLResponse<unknown>) => onlyError(response);
const code = (response: GraphQLResponse<unknown>) => error(response).extensions?.code;
const fieldErrors = (response: GraphQLResponse<unknown>) =>
  (error(response).extensions?.fieldErrors ?? {}) as Record<string, string[]>;
const fromNow = (ms: number) => new Date(Date.now() + ms).toISOString();
const DAY = 24 * 60 * 60 * 1000;
const dayOf = (iso: string) => iso.slice(0, 10);

describe('consultation lifecycle', () => {
  let api: RunningApi;
  let boards: Boards;
  let draft: Consultation;
  let interventionId: string;
  let draftInterventionId: string;
  let swotItemId: string;
  const as = (name: string): GraphQLClient => boards.people[name].client;
  const sql = <T>(query: string, params?: unknown[]) => api.sql<T>(query, params);
  const auditOf = async (id: string) =>
    (
      await sql<{ action: string; actor_id: string | null; data: Record<string, unknown> }>(
        'SELECT action, actor_id, data FROM audit_entries WHERE subject_type = $1 AND subject_id = $2 ORDER BY id',
        ['consultation', id],
      )
    ).map((row) => row.action);
  const create = async (input: Record<string, unknown>, who = 'k1') =>
    (await ok<{ createConsultation: Consultation }>(as(who), CREATE, { input })).createConsultation;
  const read = async (id: string, who: GraphQLClient = api.client()) =>
    (await ok<{ consultation: Consultation }>(who, ONE, { id })).consultation;
  /** A document that meets the guidelines, with a window of `days` opening in an hour. */
  const complete = (days = 30, extra: Record<string, unknown> = {}) => {
    const opensAt = fromNow(60 * 60 * 1000);
    const closesAt = new Date(Date.parse(opensAt) + days * DAY).toISOString();
    return {
      title: 'Il turismo lento nella Valle del Serchio',
      areaCodes: ['PS6'],
      objectives: 'Raccogliere proposte sui cammini e sulle ciclovie.',
      context: "L'analisi SWOT dell'ambito 6 mostra una stagione turistica breve.",
      questions: ['Quali percorsi mancano?', 'Quali servizi servono ai camminatori?'],
      useOfContributions: 'Ogni contributo riceve un esito motivato dal Comitato operativo.',
      timeline: 'Consultazione, poi rapporto sugli esiti entro due mesi.',
      opensAt,
      closesAt,
      resultsReportDue: dayOf(new Date(Date.parse(closesAt) + 30 * DAY).toISOString()),
      ...extra,
    };
  };

  beforeAll(async () => {
    api = await startApi({
      ADMIN_EMAIL: ADMIN.email,
      ADMIN_PASSWORD: ADMIN.password,
      CONSULTATION_CLOCK_MS: '500',
    });
    const admin = await signedInBrowser(api, ADMIN.email, ADMIN.password);
    boards = await seatBoards(api, admin, ['PS6']);
    // Something to consult on: a published intervention of PS6, a draft one, and a SWOT item of PS6.
    const { createPriority } = await ok<{ createPriority: { id: string } }>(
      as('k1'),
      'mutation ($input: CreatePriorityInput!) { createPriority(input: $input) { id } }',
      { input: { areaCode: 'PS6', title: 'Turismo lento e diffuso', guidelineCodes: ['LI2'] } },
    );
    const intervention = async (title: string) =>
      (
        await ok<{ createIntervention: { id: string } }>(
          as('k1'),
          'mutation ($input: CreateInterventionInput!) { createIntervention(input: $input) { id } }',
          {
            input: {
              ...{ priorityId: createPriority.id, title, guidelineCodes: ['LI2'] },
              ...{ startsOn: '2022-01-01', endsOn: '2026-12-31' },
            },
          },
        )
      ).createIntervention.id;
    interventionId = await intervention('Cammini della Valle del Serchio');
    draftInterventionId = await intervention('Ciclovia del Serchio');
    await ok(
      as('k1'),
      'mutation ($input: SetInterventionStatusInput!) { setInterventionStatus(input: $input) { id } }',
      { input: { id: interventionId, expectedVersion: 1, status: 'IN_CONSULTATION' } },
    );
    swotItemId = (
      await ok<{ addSwotItem: { id: string } }>(
        as('k1'),
        'mutation ($input: AddSwotItemInput!) { addSwotItem(input: $input) { id } }',
        { input: { areaCode: 'PS6', quadrant: 'WEAKNESS', text: 'Una stagione turistica breve.' } },
      )
    ).addSwotItem.id;
  });
  afterAll(() => api?.stop());

  it('starts as a draft that only the committee sees, with its checklist', async () => {
    draft = await create({ title: 'Il turismo lento' });
    expect(draft).toMatchObject({
      status: 'DRAFT',
      version: 1,
      viewerCanManage: true,
      settings: { preModeration: false, participation: 'REGISTERED', hideAfterReports: 3 },
      shortWindow: false,
      windowDays: null,
    });
    expect(draft.schedulingProblems.map((p) => p.field)).toEqual([
      'objectives',
      'context',
      'useOfContributions',
      'timeline',
      'areaCodes',
      'questions',
      'opensAt',
      'closesAt',
      'resultsReportDue',
    ]);
    expect(await read(draft.id, as('k2'))).toMatchObject({ id: draft.id, viewerCanManage: true });
    for (const who of [api.client(), as('outsider'), as('expert'), as('chair'), as('ks')]) {
      const response = await who.request(ONE, { id: draft.id });
      expect(code(response)).toBe('NOT_FOUND');
      const { consultations } = await ok<{ consultations: { id: string }[] }>(who, LIST);
      expect(consultations.map((c) => c.id)).not.toContain(draft.id);
      expect((await ok<{ consultations: unknown[] }>(who, LIST, { status: 'DRAFT' })).consultations).toEqual(
        [],
      );
    }
    const { consultations } = await ok<{ consultations: { id: string; viewerCanManage: boolean }[] }>(
      as('k3'),
      LIST,
      { status: 'DRAFT' },
    );
    expect(consultations).toEqual([expect.objectContaining({ id: draft.id, viewerCanManage: true })]);
    expect(code(await api.client().request(ONE, { id: 'not-an-id' }))).toBe('NOT_FOUND');
  });

  it('is created and changed only by the committee', async () => {
    for (const who of ['outsider', 'expert', 'chair', 'ks']) {
      expect(code(await as(who).request(CREATE, { input: { title: 'Una consultazione' } }))).toBe(
        'FORBIDDEN',
      );
      expect(
        code(
          await as(who).request(UPDATE, {
            input: { id: draft.id, expectedVersion: 1, title: 'Altro titolo' },
          }),
        ),
      ).toBe('FORBIDDEN');
      expect(code(await as(who).request(SCHEDULE, { id: draft.id, v: 1 }))).toBe('FORBIDDEN');
      expect(code(await as(who).request(OPEN, { id: draft.id }))).toBe('FORBIDDEN');
      expect(code(await as(who).request(CLOSE, { id: draft.id }))).toBe('FORBIDDEN');
    }
    expect(code(await api.client().request(CREATE, { input: { title: 'Una consultazione' } }))).toBe(
      'UNAUTHENTICATED',
    );
    expect(Number((await sql<{ n: string }>('SELECT count(*) AS n FROM consultations'))[0].n)).toBe(1);
  });

  it('refuses bad input field by field, writing nothing', async () => {
    expect(fieldErrors(await as('k1').request(CREATE, { input: { title: 'Ab' } }))).toEqual({
      title: ['title must be between 5 and 200 characters'],
    });
    expect(
      fieldErrors(
        await as('k1').request(CREATE, {
          input: {
            title: 'Consultazione con troppe cose',
            hideAfterReports: 0,
            questions: ['x'.repeat(1001)],
          },
        }),
      ),
    ).toEqual({
      hideAfterReports: ['hideAfterReports must be between 1 and 50'],
      questions: ['each question must be at most 1000 characters'],
    });
    expect(
      fieldErrors(
        await as('k1').request(CREATE, {
          input: {
            title: 'Consultazione con date invertite',
            opensAt: fromNow(10 * DAY),
            closesAt: fromNow(DAY),
          },
        }),
      ),
    ).toEqual({ closesAt: ['closesAt must be after opensAt'] });
    expect(
      fieldErrors(
        await as('k1').request(CREATE, {
          input: {
            title: 'Consultazione fuori ambito',
            areaCodes: ['PS1', 'PS99'],
            interventionIds: [interventionId, draftInterventionId, '00000000-0000-4000-8000-000000000000'],
            swotItemIds: [swotItemId],
          },
        }),
      ),
    ).toEqual({
      'areaCodes.1': ['PS99 is not an intervention area'],
      'interventionIds.0': [expect.stringMatching(/^intervention PS6\.1 is in area PS6, which is not among/)],
      'interventionIds.1': [
        'intervention PS6.2 is a draft: publish it before consulting on it',
        expect.stringContaining('add PS6 to areaCodes'),
      ],
      'interventionIds.2': ['00000000-0000-4000-8000-000000000000 is not an intervention'],
      'swotItemIds.0': [
        expect.stringMatching(/^the SWOT item is in area PS6, which is not among .*\(PS1, PS99\)/),
      ],
    });
    expect(Number((await sql<{ n: string }>('SELECT count(*) AS n FROM consultations'))[0].n)).toBe(1);
  });

  it('refuses to schedule an incomplete draft with every missing field, writing nothing', async () => {
    const response = await as('k1').request(SCHEDULE, { id: draft.id, v: 1 });
    expect(code(response)).toBe('BAD_USER_INPUT');
    expect(Object.keys(fieldErrors(response)).sort()).toEqual(
      [
        'areaCodes',
        'closesAt',
        'context',
        'objectives',
        'opensAt',
        'questions',
        'resultsReportDue',
        'timeline',
        'useOfContributions',
      ].sort(),
    );
    expect(fieldErrors(response).objectives).toEqual(['objectives is required before scheduling']);
    expect(await read(draft.id, as('k1'))).toMatchObject({ status: 'DRAFT', version: 1 });
    expect(await auditOf(draft.id)).toEqual(['consultation.created']);
  });

  it('is changed against its version; a stale one is a CONFLICT naming the current version', async () => {
    const { updateConsultation } = await ok<{ updateConsultation: Consultation }>(as('k2'), UPDATE, {
      input: {
        id: draft.id,
        expectedVersion: 1,
        ...complete(30, { interventionIds: [interventionId], swotItemIds: [swotItemId] }),
        preModeration: true,
      },
    });
    expect(updateConsultation).toMatchObject({
      version: 2,
      title: 'Il turismo lento nella Valle del Serchio',
      shortWindow: false,
      windowDays: 30,
      schedulingProblems: [],
      settings: { preModeration: true, participation: 'REGISTERED', hideAfterReports: 3 },
    });
    const stale = await as('k1').request(UPDATE, {
      input: { id: draft.id, expectedVersion: 1, title: 'Il turismo lento e i cammini' },
    });
    expect(code(stale)).toBe('CONFLICT');
    expect(error(stale).message).toContain('it is at version 2');
    expect(error(stale).extensions?.current).toMatchObject({ id: draft.id, version: 2 });
    expect(
      fieldErrors(
        await as('k1').request(UPDATE, { input: { id: draft.id, expectedVersion: 2, preModeration: true } }),
      ),
    ).toEqual({ id: ['the change leaves the consultation as it was'] });
    expect(
      fieldErrors(
        await as('k1').request(UPDATE, { input: { id: draft.id, expectedVersion: 2, areaCodes: ['PS1'] } }),
      ),
    ).toEqual({
      'interventionIds.0': [expect.stringContaining('add PS6 to areaCodes')],
      'swotItemIds.0': [expect.stringContaining('add PS6 to areaCodes')],
    });
    expect(
      code(await as('k1').request(UPDATE, { input: { id: draft.id, expectedVersion: 2, title: null } })),
    ).toBe('BAD_USER_INPUT');
    const audit = await sql<{ data: { before: Record<string, unknown>; after: Record<string, unknown> } }>(
      "SELECT data FROM audit_entries WHERE action = 'consultation.updated' AND subject_id = $1",
      [draft.id],
    );
    expect(audit).toHaveLength(1);
    expect(audit[0].data.before).toMatchObject({ title: 'Il turismo lento', objectives: '', version: 1 });
    expect(audit[0].data.after).toMatchObject({ areaCodes: ['PS6'], preModeration: true, version: 2 });
    expect(audit[0].data.after).not.toHaveProperty('participation');
  });

  it('is scheduled once complete, and is then public', async () => {
    const { scheduleConsultation } = await ok<{ scheduleConsultation: Consultation }>(as('k1'), SCHEDULE, {
      id: draft.id,
      v: 2,
    });
    expect(scheduleConsultation).toMatchObject({ status: 'SCHEDULED', version: 3 });
    expect(await read(draft.id)).toMatchObject({
      status: 'SCHEDULED',
      viewerCanManage: false,
      schedulingProblems: [],
    });
    expect(code(await as('k1').request(SCHEDULE, { id: draft.id, v: 3 }))).toBe('CONFLICT');
  });

  it('stays ready while scheduled: a change that would break it is refused', async () => {
    const broken = await as('k1').request(UPDATE, {
      input: { id: draft.id, expectedVersion: 3, objectives: '', questions: [] },
    });
    expect(fieldErrors(broken)).toEqual({
      objectives: ['objectives is required before scheduling'],
      questions: ['ask at least one question'],
    });
    const { updateConsultation } = await ok<{ updateConsultation: Consultation }>(as('k1'), UPDATE, {
      input: { id: draft.id, expectedVersion: 3, planSection: 'Ambito 6: turismo e cultura' },
    });
    expect(updateConsultation).toMatchObject({ status: 'SCHEDULED', version: 4 });
  });

  it('needs a public reason for a window shorter than four weeks', async () => {
    const short = await create(complete(14, { title: 'Il bando regionale sui borghi' }));
    const refused = await as('k1').request(SCHEDULE, { id: short.id, v: 1 });
    expect(fieldErrors(refused)).toEqual({
      shortWindowReason: ['a window shorter than 28 days needs a public reason (at least 10 characters)'],
    });
    expect(await auditOf(short.id)).toEqual(['consultation.created']);
    await ok(as('k1'), UPDATE, {
      input: {
        id: short.id,
        expectedVersion: 1,
        shortWindowReason: 'La scadenza del bando regionale è il 30 aprile.',
      },
    });
    await ok(as('k1'), SCHEDULE, { id: short.id, v: 2 });
    expect(await read(short.id)).toMatchObject({
      status: 'SCHEDULED',
      shortWindow: true,
      windowDays: 14,
      shortWindowReason: 'La scadenza del bando regionale è il 30 aprile.',
    });
  });

  it('opens and closes early on the committee’s word, and refuses the wrong moves', async () => {
    expect(code(await as('k1').request(CLOSE, { id: draft.id }))).toBe('CONFLICT');
    const before = Date.now();
    const { openConsultation } = await ok<{ openConsultation: Consultation }>(as('k2'), OPEN, {
      id: draft.id,
    });
    expect(openConsultation).toMatchObject({ status: 'OPEN', version: 5 });
    expect(Date.parse(openConsultation.opensAt!)).toBeGreaterThanOrEqual(before - 1000);
    expect(Date.parse(openConsultation.opensAt!)).toBeLessThanOrEqual(Date.now() + 1000);
    expect(openConsultation.openedAt).toBe(openConsultation.opensAt);
    const again = await as('k1').request(OPEN, { id: draft.id });
    expect(code(again)).toBe('CONFLICT');
    expect(error(again).message).toContain('the consultation is already OPEN');
    expect(
      code(
        await as('k1').request(UPDATE, {
          input: { id: draft.id, expectedVersion: 5, title: 'Titolo nuovo' },
        }),
      ),
    ).toBe('CONFLICT');
    expect(code(await as('k1').request(SCHEDULE, { id: draft.id, v: 5 }))).toBe('CONFLICT');
    const { closeConsultation } = await ok<{ closeConsultation: Consultation }>(as('k1'), CLOSE, {
      id: draft.id,
    });
    expect(closeConsultation).toMatchObject({ status: 'CLOSED', version: 6 });
    expect(Date.parse(closeConsultation.closesAt!)).toBeLessThanOrEqual(Date.now() + 1000);
    expect(closeConsultation.closedAt).toBe(closeConsultation.closesAt);
    expect(code(await as('k1').request(CLOSE, { id: draft.id }))).toBe('CONFLICT');
    expect(code(await as('k1').request(OPEN, { id: draft.id }))).toBe('CONFLICT');
    const events = await sql<{ seq: number; type: string; data: { status: string } }>(
      'SELECT seq, type, data FROM consultation_events WHERE consultation_id = $1 ORDER BY seq',
      [draft.id],
    );
    expect(events).toEqual([
      { seq: 1, type: 'consultations.status', data: { status: 'OPEN' } },
      { seq: 2, type: 'consultations.status', data: { status: 'CLOSED' } },
    ]);
    const audit = await sql<{ action: string; actor_id: string; data: { after: Record<string, unknown> } }>(
      "SELECT action, actor_id, data FROM audit_entries WHERE subject_id = $1 AND action IN ('consultation.opened', 'consultation.closed') ORDER BY id",
      [draft.id],
    );
    expect(audit).toEqual([
      expect.objectContaining({ action: 'consultation.opened', actor_id: boards.people.k2.id }),
      expect.objectContaining({ action: 'consultation.closed', actor_id: boards.people.k1.id }),
    ]);
    expect(audit[0].data.after).toMatchObject({ status: 'OPEN', early: true, by: 'committee' });
  });

  it('is opened and closed by the clock at its dates', async () => {
    const soon = await create(
      complete(0, {
        title: 'Una consultazione lampo',
        opensAt: fromNow(2_000),
        closesAt: fromNow(4_000),
        shortWindowReason: 'Una verifica rapida della procedura.',
      }),
    );
    await ok(as('k1'), SCHEDULE, { id: soon.id, v: 1 });
    const seen = new Set<string>();
    const deadline = Date.now() + 15_000;
    let status = 'SCHEDULED';
    while (status !== 'CLOSED' && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      status = (await read(soon.id)).status;
      seen.add(status);
    }
    expect(status).toBe('CLOSED');
    expect(seen).toContain('OPEN');
    const audit = await sql<{
      action: string;
      actor_id: string | null;
      data: { after: Record<string, unknown> };
    }>(
      "SELECT action, actor_id, data FROM audit_entries WHERE subject_id = $1 AND action IN ('consultation.opened', 'consultation.closed') ORDER BY id",
      [soon.id],
    );
    expect(audit).toEqual([
      expect.objectContaining({ action: 'consultation.opened', actor_id: null }),
      expect.objectContaining({ action: 'consultation.closed', actor_id: null }),
    ]);
    expect(audit[0].data.after).toMatchObject({ status: 'OPEN', early: false, by: 'clock' });
    const events = await sql<{ type: string }>(
      'SELECT type FROM consultation_events WHERE consultation_id = $1 ORDER BY seq',
      [soon.id],
    );
    expect(events.map((e) => e.type)).toEqual(['consultations.status', 'consultations.status']);
  });

  it('lists open ones first, then scheduled ones, then the rest by opening date', async () => {
    const open = await create(complete(30, { title: 'Le filiere agroalimentari' }));
    await ok(as('k1'), SCHEDULE, { id: open.id, v: 1 });
    await ok(as('k1'), OPEN, { id: open.id });
    const later = await create(
      complete(30, {
        title: 'La digitalizzazione dei Comuni',
        areaCodes: ['PS3'],
        opensAt: fromNow(3 * DAY),
        closesAt: fromNow(40 * DAY),
      }),
    );
    await ok(as('k1'), SCHEDULE, { id: later.id, v: 1 });
    const { consultations } = await ok<{
      consultations: { status: string; title: string; viewerCanManage: boolean }[];
    }>(api.client(), LIST);
    expect(consultations.map((c) => [c.status, c.title])).toEqual([
      ['OPEN', 'Le filiere agroalimentari'],
      ['SCHEDULED', 'La digitalizzazione dei Comuni'],
      ['SCHEDULED', 'Il bando regionale sui borghi'],
      ['CLOSED', 'Una consultazione lampo'],
      ['CLOSED', 'Il turismo lento nella Valle del Serchio'],
    ]);
    expect(consultations.every((c) => !c.viewerCanManage)).toBe(true);
    const inArea = await ok<{ consultations: { title: string }[] }>(api.client(), LIST, { areaCode: 'PS3' });
    expect(inArea.consultations.map((c) => c.title)).toEqual(['La digitalizzazione dei Comuni']);
    const scheduled = await ok<{ consultations: { title: string }[] }>(as('k1'), LIST, {
      status: 'SCHEDULED',
    });
    expect(scheduled.consultations).toHaveLength(2);
  });

  it('takes invitations only when it is invitation-only, and only of people and organisations that exist', async () => {
    const invited = await create({ title: 'Il tavolo delle fondazioni' });
    const nobody = '00000000-0000-4000-8000-000000000000';
    const args = { id: invited.id, users: [boards.people.outsider.id], organisations: [] };
    expect(code(await as('outsider').request(INVITE, args))).toBe('FORBIDDEN');
    expect(code(await as('k1').request(INVITE, args))).toBe('CONFLICT');
    await ok(as('k1'), UPDATE, { input: { id: invited.id, expectedVersion: 1, participation: 'INVITED' } });
    expect(
      fieldErrors(
        await as('k1').request(INVITE, {
          ...args,
          users: [boards.people.outsider.id, nobody],
          organisations: [nobody],
        }),
      ),
    ).toEqual({
      'userIds.1': [`${nobody} is not a registered person`],
      'organisationIds.0': [`${nobody} is not an organisation`],
    });
    const { setConsultationInvitations } = await ok<{
      setConsultationInvitations: { userIds: string[]; organisationIds: string[] };
    }>(as('k1'), INVITE, {
      ...args,
      users: [boards.people.outsider.id, boards.people.expert.id, boards.people.outsider.id],
    });
    expect(setConsultationInvitations).toEqual({
      consultationId: invited.id,
      userIds: [boards.people.outsider.id, boards.people.expert.id],
      organisationIds: [],
    });
    await ok(as('k2'), INVITE, { ...args, users: [boards.people.expert.id] });
    const rows = await sql<{ user_id: string }>(
      'SELECT user_id FROM consultation_invitations WHERE consultation_id = $1',
      [invited.id],
    );
    expect(rows).toEqual([{ user_id: boards.people.expert.id }]);
    const READ = `query ($id: ID!) { consultationInvitations(id: $id) { consultationId userIds organisationIds } }`;
    expect(await ok(as('k1'), READ, { id: invited.id })).toEqual({
      consultationInvitations: {
        consultationId: invited.id,
        userIds: [boards.people.expert.id],
        organisationIds: [],
      },
    });
    expect(code(await boards.people.outsider.client.request(READ, { id: invited.id }))).toBe('FORBIDDEN');
    const audit = await sql<{ data: { before: { userIds: string[] }; after: { userIds: string[] } } }>(
      "SELECT data FROM audit_entries WHERE subject_id = $1 AND action = 'consultation.invitations-set' ORDER BY id",
      [invited.id],
    );
    expect(audit.map((row) => [row.data.before.userIds.length, row.data.after.userIds.length])).toEqual([
      [0, 2],
      [2, 1],
    ]);
  });

  it('left an audit row for every change, and none for what was refused', async () => {
    const rows = await sql<{ action: string; n: string }>(
      "SELECT action, count(*) AS n FROM audit_entries WHERE action LIKE 'consultation.%' GROUP BY action ORDER BY action",
    );
    expect(rows.map((row) => [row.action, Number(row.n)])).toEqual([
      ['consultation.closed', 2],
      ['consultation.created', 6],
      ['consultation.invitations-set', 2],
      ['consultation.opened', 3],
      ['consultation.scheduled', 5],
      ['consultation.updated', 4],
    ]);
    expect(await auditOf(draft.id)).toEqual([
      'consultation.created',
      'consultation.updated',
      'consultation.scheduled',
      'consultation.updated',
      'consultation.opened',
      'consultation.closed',
    ]);
  });
});
