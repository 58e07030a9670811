import { onlyError, type GraphQLClient, type GraphQLResponse } from '@piano2030/api-testing';
import {
  INTERVENTION_EVENTS,
  PRESENCE_EVENT,
  interventionRoom,
  type PresencePayload,
  type RoomEvent,
} from '@piano2030/shared-realtime-contracts';
import { startApi, type RunningApi } from './support/api-process';
import { ok, seatBoards, type Boards } from './support/boards';
import { signedInBrowser } from './support/sign-in';
import { connectSocket, joinRoom, type ClientSocket } from './support/sockets';

const ADMIN = { email: 'segreteria@provincia.example', password: 'password amministratore' };
const PRIORITY = `mutation ($input: CreatePriorityInput!) { createPriority(input: $input) { id areaCode position revision guidelineCodes } }`;
const UPDATE_PRIORITY = `mutation ($input: UpdatePriorityInput!) { updatePriority(input: $input) { id title revision } }`;
const CREATE = `mutation ($input: CreateInterventionInput!) { createIntervention(input: $input) { id reference status version } }`;
const UPDATE = `mutation ($input: UpdateInterventionInput!) { updateIntervention(input: $input) { id status version title totalResources } }`;
const STATUS = `mutation ($input: SetInterventionStatusInput!) { setInterventionStatus(input: $input) { id status version } }`;
const ONE = `query ($id: ID!) { intervention(id: $id) { id reference status version title guidelineCodes totalResources
  resources { year source amount } kpis { name indicatorCode } milestones { title dueOn } priority { title } } }`;
const LIST = `query ($filter: InterventionFilter) { interventions(filter: $filter) { id reference status } }`;
const VERSIONS = `query ($id: ID!) { interventionVersions(id: $id) { version status authorName reason totalResources } }`;
const DIFF = `query ($id: ID!, $from: Int!, $to: Int!) { interventionDiff(id: $id, fromVersion: $from, toVersion: $to) {
  changes { field before after segments { op text } } } }`;
const SUMMARY = `query ($groupBy: ResourceGrouping!, $drafts: Boolean) { resourceSummary(groupBy: $groupBy, includeDrafts: $drafts) {
  total interventionCount groups { key total interventionCount byYear { year total } bySource { source total } } } }`;

type Summary = {
  total: number;
  interventionCount: number;
  groups: {
    key: string;
    total: number;
    interventionCount: number;
    byYear: { year: number; total: number }[];
    bySource: { source: string; total: number }[];
  }[];
};

const code = (response: GraphQLResponse<unknown>) => onlyError(response).extensions?.code;
const fieldErrors = (response: GraphQLResponse<unknown>) =>
  (onlyError(response).extensions?.fieldErrors ?? {}) as Record<string, string[]>;

describe('interventions: priorities, the register to 2030, versions, diffs, roll-ups and presence', () => {
  let api: RunningApi;
  let boards: Boards;
  let priorityId: string;
  let otherPriorityId: string;
  let interventionId: string;
  const sockets: ClientSocket[] = [];
  const as = (name: string): GraphQLClient => boards.people[name].client;
  const count = async (sql: string) => Number((await api.sql<{ n: string }>(sql))[0].n);
  const summary = async (groupBy: string, who: GraphQLClient = api.client(), drafts = false) =>
    (await ok<{ resourceSummary: Summary }>(who, SUMMARY, { groupBy, drafts })).resourceSummary;
  const resources = [
    { year: 2022, source: 'NGEU_PNRR', amount: 1_200_000 },
    { year: 2023, source: 'NGEU_PNRR', amount: 800_000.5 },
    { year: 2023, source: 'REGIONAL', amount: 150_000 },
    { year: 2024, source: 'CAMERA', amount: 49_999.5 },
  ];
  const intervention = (extra: Record<string, unknown> = {}) => ({
    priorityId,
    title: 'Cammini e ciclovie della Valle del Serchio',
    description:
      'Una rete di percorsi lenti che collega i borghi della Valle del Serchio alla Via Francigena.',
    objectives: 'Allungare la stagione turistica e distribuire i flussi.',
    expectedResults: 'Nuovi percorsi segnalati e servizi per i camminatori.',
    guidelineCodes: ['LI2', 'LI4'],
    kpis: [
      {
        name: 'Presenze turistiche in Valle del Serchio',
        unit: 'presenze',
        baselineValue: 289384,
        baselineYear: 2018,
        target2030: 350000,
        indicatorCode: 'lu_tourism_arrivals_presences',
      },
    ],
    resources,
    startsOn: '2022-01-01',
    endsOn: '2026-12-31',
    milestones: [{ title: 'Progetto esecutivo', dueOn: '2022-12-31' }],
    leadActor: 'Provincia di Lucca',
    partners: ['Unione dei Comuni Media Valle del Serchio', 'Camera di Commercio di Lucca'],
    projectCodes: ['2A0101'],
    ...extra,
  });

  beforeAll(async () => {
    api = await startApi({ ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password });
    const admin = await signedInBrowser(api, ADMIN.email, ADMIN.password);
    boards = await seatBoards(api, admin, ['PS6']);
  });
  afterAll(async () => {
    sockets.forEach((socket) => socket.disconnect());
    await api?.stop();
  });

  describe('priorities', () => {
    it('are set by the committee, per area, against their revision', async () => {
      const input = { areaCode: 'PS6', title: 'Turismo lento e diffuso', guidelineCodes: ['LI2'] };
      expect(code(await as('expert').request(PRIORITY, { input }))).toBe('FORBIDDEN');
      expect(code(await as('chair').request(PRIORITY, { input }))).toBe('FORBIDDEN');
      expect(
        fieldErrors(await as('k1').request(PRIORITY, { input: { ...input, guidelineCodes: ['LI9'] } })),
      ).toEqual({
        'guidelineCodes.0': ['LI9 is not one of the six guidelines'],
      });
      const first = await ok<{ createPriority: { id: string; position: number } }>(as('k1'), PRIORITY, {
        input,
      });
      const second = await ok<{ createPriority: { id: string; position: number } }>(as('k2'), PRIORITY, {
        input: { ...input, title: 'Cultura e grandi eventi' },
      });
      expect([first.createPriority.position, second.createPriority.position]).toEqual([1, 2]);
      [priorityId, otherPriorityId] = [first.createPriority.id, second.createPriority.id];
      const stale = await as('k2').request(UPDATE_PRIORITY, {
        input: { id: priorityId, expectedRevision: 0, title: 'X y z' },
      });
      expect(code(stale)).toBe('CONFLICT');
      await ok(as('k2'), UPDATE_PRIORITY, {
        input: { id: priorityId, expectedRevision: 1, title: 'Turismo lento, diffuso e sostenibile' },
      });
      const { priorities } = await ok<{ priorities: { title: string }[] }>(
        api.client(),
        '{ priorities(areaCode: "PS6") { title } }',
      );
      expect(priorities.map((p) => p.title)).toEqual([
        'Turismo lento, diffuso e sostenibile',
        'Cultura e grandi eventi',
      ]);
    });
  });

  describe('bad input is refused with its own error, and nothing is written', () => {
    const refused = async (extra: Record<string, unknown>) =>
      fieldErrors(await as('k1').request(CREATE, { input: intervention(extra) }));

    it.each([
      [
        'a negative amount',
        { resources: [{ year: 2023, source: 'NATIONAL', amount: -5 }] },
        'resources.0.amount',
      ],
      [
        'more than two decimals',
        { resources: [{ year: 2023, source: 'NATIONAL', amount: 1.005 }] },
        'resources.0.amount',
      ],
      [
        'a year before 2021',
        { resources: [{ year: 2020, source: 'NATIONAL', amount: 5 }] },
        'resources.0.year',
      ],
      [
        'a year after 2030',
        { resources: [{ year: 2031, source: 'NATIONAL', amount: 5 }] },
        'resources.0.year',
      ],
      ['an end before the start', { startsOn: '2025-01-01', endsOn: '2024-12-31' }, 'endsOn'],
      ['an end after 2030', { endsOn: '2031-01-31' }, 'endsOn'],
      ['an unknown guideline', { guidelineCodes: ['LI2', 'LI7'] }, 'guidelineCodes.1'],
      ['no guideline', { guidelineCodes: [] }, 'guidelineCodes'],
      ['an unknown chamber project', { projectCodes: ['9Z9999'] }, 'projectCodes.0'],
      [
        'a KPI on an unknown indicator',
        {
          kpis: [
            {
              name: 'A',
              unit: 'n',
              baselineValue: 1,
              baselineYear: 2019,
              target2030: 2,
              indicatorCode: 'nope',
            },
          ],
        },
        'kpis.0.indicatorCode',
      ],
      [
        'a milestone after the end',
        { milestones: [{ title: 'Fine', dueOn: '2027-06-30' }] },
        'milestones.0.dueOn',
      ],
    ])('%s', async (_name, extra, field) => {
      expect(Object.keys(await refused(extra))).toContain(field);
    });

    it('refuses non-numeric amounts, unknown funding sources and unknown priorities', async () => {
      const notANumber = await as('k1').request(CREATE, {
        input: intervention({ resources: [{ year: 2023, source: 'NATIONAL', amount: 'mille' }] }),
      });
      expect(code(notANumber)).toBe('BAD_USER_INPUT');
      const source = await as('k1').request(CREATE, {
        input: intervention({ resources: [{ year: 2023, source: 'MOON', amount: 5 }] }),
      });
      expect(code(source)).toBe('BAD_USER_INPUT');
      expect(await refused({ priorityId: '00000000-0000-4000-8000-000000000000' })).toEqual({
        priorityId: ['00000000-0000-4000-8000-000000000000 is not a strategic priority'],
      });
      expect(await count('SELECT count(*) AS n FROM interventions')).toBe(0);
      expect(await count('SELECT count(*) AS n FROM intervention_resources')).toBe(0);
    });

    it('refuses experts outside their scope and people outside the committee', async () => {
      const { createPriority } = await ok<{ createPriority: { id: string } }>(as('k1'), PRIORITY, {
        input: { areaCode: 'PS1', title: 'Collegamenti ferroviari', guidelineCodes: ['LI3'] },
      });
      const outside = await as('expert').request(CREATE, {
        input: intervention({ priorityId: createPriority.id }),
      });
      expect(code(outside)).toBe('FORBIDDEN');
      expect(onlyError(outside).message).toContain('outside your engagement');
      expect(code(await as('outsider').request(CREATE, { input: intervention() }))).toBe('FORBIDDEN');
      expect(code(await as('c2').request(CREATE, { input: intervention() }))).toBe('FORBIDDEN');
      expect(await count('SELECT count(*) AS n FROM interventions')).toBe(0);
    });
  });

  describe('the life of an intervention', () => {
    it('is created by the committee with resources over several years and sources, as a draft', async () => {
      const { createIntervention } = await ok<{
        createIntervention: { id: string; reference: string; status: string; version: number };
      }>(as('k1'), CREATE, { input: intervention() });
      expect(createIntervention).toMatchObject({ reference: 'PS6.1', status: 'DRAFT', version: 1 });
      interventionId = createIntervention.id;
      const { intervention: saved } = await ok<{
        intervention: { totalResources: number; resources: unknown[]; priority: { title: string } };
      }>(as('k2'), ONE, { id: interventionId });
      expect(saved.totalResources).toBe(2_200_000);
      expect(saved.resources).toEqual([
        { year: 2022, source: 'NGEU_PNRR', amount: 1_200_000 },
        { year: 2023, source: 'NGEU_PNRR', amount: 800_000.5 },
        { year: 2023, source: 'REGIONAL', amount: 150_000 },
        { year: 2024, source: 'CAMERA', amount: 49_999.5 },
      ]);
      expect(code(await api.client().request(ONE, { id: interventionId }))).toBe('NOT_FOUND');
      expect((await ok<{ interventions: unknown[] }>(api.client(), LIST)).interventions).toEqual([]);
      const expert = await ok<{ createIntervention: { reference: string } }>(as('expert'), CREATE, {
        input: intervention({ priorityId: otherPriorityId, title: 'Lucca città dei festival' }),
      });
      expect(expert.createIntervention.reference).toBe('PS6.2');
      const inside = await ok<{ interventions: { reference: string; status: string }[] }>(as('k3'), LIST);
      expect(inside.interventions.map((i) => [i.reference, i.status])).toEqual([
        ['PS6.1', 'DRAFT'],
        ['PS6.2', 'DRAFT'],
      ]);
      const filtered = await ok<{ interventions: unknown[] }>(as('k3'), LIST, {
        filter: { areaCode: 'PS6', status: 'DRAFT' },
      });
      expect(filtered.interventions).toHaveLength(2);
    });

    it('is published by the committee, not by experts', async () => {
      const publish = { id: interventionId, expectedVersion: 1, status: 'IN_CONSULTATION' };
      expect(code(await as('expert').request(STATUS, { input: publish }))).toBe('FORBIDDEN');
      expect(code(await as('k2').request(STATUS, { input: { ...publish, status: 'ADOPTED' } }))).toBe(
        'CONFLICT',
      );
      const { setInterventionStatus } = await ok<{
        setInterventionStatus: { status: string; version: number };
      }>(as('k2'), STATUS, { input: publish });
      expect(setInterventionStatus).toEqual({ id: interventionId, status: 'IN_CONSULTATION', version: 2 });
      expect(
        (await ok<{ interventions: { reference: string }[] }>(api.client(), LIST)).interventions,
      ).toEqual([{ id: interventionId, reference: 'PS6.1', status: 'IN_CONSULTATION' }]);
    });

    it('is edited twice with reasons, shows editors to each other, and refuses a stale version', async () => {
      const k1Socket = await connectSocket(api.baseUrl, as('k1').cookieHeader());
      const k3Socket = await connectSocket(api.baseUrl, as('k3').cookieHeader());
      const outsiderSocket = await connectSocket(api.baseUrl, as('outsider').cookieHeader());
      sockets.push(k1Socket, k3Socket, outsiderSocket);
      const room = interventionRoom(interventionId);
      const presence = (socket: ClientSocket, size: number) =>
        new Promise<PresencePayload>((resolve) =>
          socket.on('event', (event: RoomEvent) => {
            const payload = event.payload as PresencePayload;
            if (event.type === PRESENCE_EVENT && payload.people.length === size) resolve(payload);
          }),
        );
      const k1SeesTwo = presence(k1Socket, 2);
      expect(await joinRoom(k1Socket, room)).toEqual({ ok: true, room });
      expect(await joinRoom(outsiderSocket, room)).toEqual({ ok: false, error: 'FORBIDDEN' });
      expect(await joinRoom(k3Socket, room)).toEqual({ ok: true, room });
      const editors = (await k1SeesTwo).people;
      expect(editors.map((p) => p.displayName).sort()).toEqual(['k1', 'k3']);
      const k1Id = editors.find((p) => p.displayName === 'k1')?.userId;
      const saved = new Promise<RoomEvent>((resolve) =>
        k3Socket.on(
          'event',
          (event: RoomEvent) => event.type === INTERVENTION_EVENTS.UPDATED && resolve(event),
        ),
      );

      const first = {
        id: interventionId,
        expectedVersion: 2,
        title: 'Cammini, ciclovie e borghi della Valle del Serchio',
      };
      expect(fieldErrors(await as('k1').request(UPDATE, { input: first }))).toEqual({
        reason: ['say why a public intervention changes'],
      });
      await ok(as('k1'), UPDATE, {
        input: { ...first, reason: 'Inclusi i borghi dopo il confronto con i Comuni' },
      });
      expect(await saved).toMatchObject({
        payload: { interventionId, version: 3, status: 'IN_CONSULTATION', by: 'k1', byUserId: k1Id },
      });

      const stale = await as('k3').request(UPDATE, {
        input: { id: interventionId, expectedVersion: 2, leadActor: 'Regione Toscana', reason: 'Capofila' },
      });
      expect(code(stale)).toBe('CONFLICT');
      expect(onlyError(stale).extensions?.current).toMatchObject({ version: 3, title: first.title });

      const k1SeesOne = presence(k1Socket, 1);
      k3Socket.disconnect();
      expect((await k1SeesOne).people.map((p) => p.displayName)).toEqual(['k1']);

      const second = await ok<{ updateIntervention: { version: number; totalResources: number } }>(
        as('k3'),
        UPDATE,
        {
          input: {
            id: interventionId,
            expectedVersion: 3,
            resources: [...resources, { year: 2025, source: 'PRIVATE', amount: 300_000 }],
            partners: [
              'Unione dei Comuni Media Valle del Serchio',
              'Camera di Commercio di Lucca',
              'CAI Lucca',
            ],
            reason: 'Contributo privato delle fondazioni',
          },
        },
      );
      expect(second.updateIntervention).toEqual({
        id: interventionId,
        status: 'IN_CONSULTATION',
        version: 4,
        title: first.title,
        totalResources: 2_500_000,
      });
      expect(
        fieldErrors(
          await as('k3').request(UPDATE, {
            input: { id: interventionId, expectedVersion: 4, reason: 'Nulla' },
          }),
        ),
      ).toEqual({
        id: ['the change leaves the intervention as it was'],
      });
    });

    it('keeps every version with who and why, and the diff shows both changes', async () => {
      const { interventionVersions } = await ok<{
        interventionVersions: {
          version: number;
          status: string;
          authorName: string;
          reason: string | null;
          totalResources: number;
        }[];
      }>(api.client(), VERSIONS, { id: interventionId });
      expect(
        interventionVersions.map((v) => [v.version, v.status, v.authorName, v.reason, v.totalResources]),
      ).toEqual([
        [4, 'IN_CONSULTATION', 'k3', 'Contributo privato delle fondazioni', 2_500_000],
        [3, 'IN_CONSULTATION', 'k1', 'Inclusi i borghi dopo il confronto con i Comuni', 2_200_000],
        [2, 'IN_CONSULTATION', 'k2', null, 2_200_000],
        [1, 'DRAFT', 'k1', null, 2_200_000],
      ]);
      const { interventionDiff } = await ok<{
        interventionDiff: { changes: { field: string; segments: { op: string; text: string }[] }[] };
      }>(api.client(), DIFF, { id: interventionId, from: 2, to: 4 });
      expect(interventionDiff.changes.map((c) => c.field)).toEqual(['title', 'resources', 'partners']);
      const [title, money, partners] = interventionDiff.changes.map((c) =>
        c.segments.filter((s) => s.op !== 'EQUAL'),
      );
      const rebuilt = (keep: string) =>
        interventionDiff.changes[0].segments
          .filter((s) => s.op === 'EQUAL' || s.op === keep)
          .map((s) => s.text)
          .join('');
      expect(rebuilt('DELETE')).toBe('Cammini e ciclovie della Valle del Serchio');
      expect(rebuilt('INSERT')).toBe('Cammini, ciclovie e borghi della Valle del Serchio');
      expect(
        title
          .filter((s) => s.op === 'INSERT')
          .map((s) => s.text)
          .join(' '),
      ).toContain('borghi');
      expect(money.map((s) => [s.op, s.text.trim()])).toEqual([['INSERT', '2025 · PRIVATE · 300000.00']]);
      expect(partners.map((s) => [s.op, s.text.trim()])).toEqual([['INSERT', 'CAI Lucca']]);
      expect(code(await api.client().request(DIFF, { id: interventionId, from: 2, to: 12 }))).toBe(
        'BAD_USER_INPUT',
      );
    });

    it('rolls resources up by area, source, year and guideline: the totals equal the sum of the amounts', async () => {
      const bySource = await summary('SOURCE');
      expect(bySource.total).toBe(2_500_000);
      expect(bySource.interventionCount).toBe(1);
      expect(bySource.groups.map((g) => [g.key, g.total])).toEqual([
        ['CAMERA', 49_999.5],
        ['NGEU_PNRR', 2_000_000.5],
        ['PRIVATE', 300_000],
        ['REGIONAL', 150_000],
      ]);
      const byYear = await summary('YEAR');
      expect(byYear.groups.map((g) => [g.key, g.total])).toEqual([
        ['2022', 1_200_000],
        ['2023', 950_000.5],
        ['2024', 49_999.5],
        ['2025', 300_000],
      ]);
      expect(byYear.groups.reduce((sum, g) => sum + g.total, 0)).toBe(byYear.total);
      const byGuideline = await summary('GUIDELINE');
      expect(byGuideline.groups.map((g) => [g.key, g.total])).toEqual([
        ['LI2', 2_500_000],
        ['LI4', 2_500_000],
      ]);
      const byArea = await summary('AREA');
      expect(byArea.groups[0].byYear.find((y) => y.year === 2023)!.total).toBe(950_000.5);
      const [{ sum }] = await api.sql<{ sum: string }>(
        "SELECT sum(amount) AS sum FROM intervention_resources r JOIN interventions i ON i.id = r.intervention_id WHERE i.status <> 'DRAFT'",
      );
      expect(byArea.total).toBe(Number(sum));
      const withDrafts = await summary('AREA', as('k1'), true);
      expect(withDrafts.total).toBe(2_500_000 + 2_200_000);
      expect((await summary('AREA', api.client(), true)).total).toBe(2_500_000);

      const csv = await fetch(`${api.baseUrl}/exports/resources.csv?groupBy=SOURCE`);
      expect(csv.headers.get('content-type')).toContain('text/csv');
      const lines = (await csv.text())
        .replace(/^\uFEFF/, '')
        .trim()
        .split('\r\n');
      expect(lines[0]).toBe(
        'source,interventions,2021,2022,2023,2024,2025,2026,2027,2028,2029,2030,EU_COHESION,NGEU_PNRR,NATIONAL,REGIONAL,PROVINCIA,CAMERA,PRIVATE,total',
      );
      expect(lines[2]).toBe(
        'NGEU_PNRR,1,0.00,1200000.00,800000.50,0.00,0.00,0.00,0.00,0.00,0.00,0.00,0.00,2000000.50,0.00,0.00,0.00,0.00,0.00,2000000.50',
      );
      expect((await fetch(`${api.baseUrl}/exports/resources.csv?groupBy=MOON`)).status).toBe(400);
    });

    it('is discarded with a reason and leaves the roll-ups, and every change left an audit row', async () => {
      expect(
        fieldErrors(
          await as('k2').request(STATUS, {
            input: { id: interventionId, expectedVersion: 4, status: 'DISCARDED' },
          }),
        ),
      ).toEqual({ reason: ['say why it becomes DISCARDED'] });
      await ok(as('k2'), STATUS, {
        input: {
          id: interventionId,
          expectedVersion: 4,
          status: 'DISCARDED',
          reason: 'Confluito in un altro intervento',
        },
      });
      expect(
        code(
          await as('k1').request(UPDATE, {
            input: { id: interventionId, expectedVersion: 5, title: 'Nuovo titolo', reason: 'x' },
          }),
        ),
      ).toBe('CONFLICT');
      expect((await summary('AREA')).total).toBe(0);
      const audit = await api.sql<{ action: string; n: string }>(
        "SELECT action, count(*) AS n FROM audit_entries WHERE action LIKE 'intervention.%' OR action LIKE 'priority.%' GROUP BY action ORDER BY action",
      );
      expect(audit.map((row) => [row.action, Number(row.n)])).toEqual([
        ['intervention.created', 2],
        ['intervention.status-changed', 2],
        ['intervention.updated', 2],
        ['priority.created', 3],
        ['priority.updated', 1],
      ]);
    });
  });
});
