import { onlyError, type GraphQLClient, type GraphQLResponse } from '@piano2030/api-testing';
import { quarterBounds, quarterLabel, quarterOf, todayInItaly, type Quarter } from '@piano2030/shared-domain';
import { WORK_PLAN_EVENTS, workPlanRoom, type RoomEvent } from '@piano2030/shared-realtime-contracts';
import { startApi, type RunningApi } from './support/api-process';
import { approveItem, inMinutes, ok, seatBoards, type Boards } from './support/boards';
import { signedInBrowser } from './support/sign-in';
import { connectSocket, joinRoom, type ClientSocket } from './support/sockets';

const ADMIN = { email: 'segreteria@provincia.example', password: 'password amministratore' };
const CREATE = `mutation ($input: CreateWorkPlanDraftInput!) { createWorkPlanDraft(input: $input) { id status revision } }`;
const ADD = `mutation ($input: AddActivityInput!) { addActivity(input: $input) { id revision lineageId status } }`;
const UPDATE = `mutation ($input: UpdateActivityInput!) { updateActivity(input: $input) { id revision title status progress dueOn } }`;
const REMOVE = `mutation ($input: RemoveActivityInput!) { removeActivity(input: $input) { id revision } }`;
const PROPOSE = `mutation ($input: ProposeWorkPlanInput!) { proposeWorkPlan(input: $input) { id status revision } }`;
const RETURN = `mutation ($input: ReturnWorkPlanInput!) { returnWorkPlan(input: $input) { id status revision } }`;
const REVISE = `mutation ($input: ReviseWorkPlanInput!) { reviseWorkPlan(input: $input) { id status revision } }`;
const CLOSE = `mutation ($input: CloseWorkPlanInput!) { closeWorkPlan(input: $input) { id status reportStatus revision } }`;
const EDIT_REPORT = `mutation ($input: UpdateWorkPlanReportInput!) { updateWorkPlanReport(input: $input) { id revision } }`;
const SUBMIT_REPORT = `mutation ($input: SubmitWorkPlanReportInput!) { submitWorkPlanReport(input: $input) { id reportStatus revision reportMeetingId } }`;
const SCHEDULE = `mutation ($input: ScheduleMeetingInput!) { scheduleMeeting(input: $input) { id } }`;
const PLAN = `query ($id: ID!) { workPlan(id: $id) { id status revision reportStatus myCapabilities period { label }
  adoptedBy { reference result } reportDecision { reference }
  currentVersion { number status }
  versions { id number status remarks meetingId decision { reference result }
    changesFromPrevious { kind title changes { field before after } }
    activities { id lineageId title phaseCode areaCode status progress revision dueOn canReport
      owner { displayName } contributors { displayName } carriedFrom { quarter progress } } }
  report { activities { title status progress carriedOver } decisions { reference result } } } }`;
const PROGRESS = `query ($id: ID!) { workPlanProgress(workPlanId: $id) {
  overall { total planned inProgress done late cancelled percent }
  byPhase { key total percent } byArea { key total done percent } } }`;
const AGENDA = `query ($id: ID!) { meeting(id: $id) { agenda { id subjectKind subjectReference title } } }`;

type Activity = {
  id: string;
  lineageId: string;
  title: string;
  phaseCode: string;
  areaCode: string;
  status: string;
  progress: number;
  revision: number;
  dueOn: string;
  canReport: boolean;
  owner: { displayName: string };
  contributors: { displayName: string }[];
  carriedFrom: { quarter: string; progress: number } | null;
};
type Version = {
  id: string;
  number: number;
  status: string;
  remarks: string | null;
  meetingId: string | null;
  decision: { reference: string; result: string } | null;
  changesFromPrevious: {
    kind: string;
    title: string;
    changes: { field: string; before: string; after: string }[];
  }[];
  activities: Activity[];
};
type Plan = {
  id: string;
  status: string;
  revision: number;
  reportStatus: string;
  myCapabilities: string[];
  period: { label: string };
  adoptedBy: { reference: string; result: string } | null;
  reportDecision: { reference: string } | null;
  currentVersion: { number: number; status: string };
  versions: Version[];
  report: {
    activities: { title: string; status: string; progress: number; carriedOver: boolean }[];
    decisions: { reference: string; result: string }[];
  } | null;
};

const code = (response: GraphQLResponse<unknown>) => onlyError(response).extensions?.code;
const fields = (response: GraphQLResponse<unknown>) =>
  Object.keys((onlyError(response).extensions?.fieldErrors as object) ?? {});
const nextQuarter = ({ year, quarter }: Quarter): Quarter =>
  quarter === 4 ? { year: year + 1, quarter: 1 } : { year, quarter: quarter + 1 };

describe('work plans: drafted by the committee, adopted or returned by the Cabina, executed and reported', () => {
  let api: RunningApi;
  let boards: Boards;
  const today = todayInItaly();
  const current = quarterOf(today);
  const next = nextQuarter(current);
  const { startsOn, endsOn } = quarterBounds(current);
  let planId: string;
  let meetingId: string;
  const activityIds: Record<string, string> = {};
  const sockets: ClientSocket[] = [];

  const as = (name: string): GraphQLClient => boards.people[name].client;
  const count = async (sql: string, params: unknown[] = []) =>
    Number((await api.sql<{ n: string }>(sql, params))[0].n);
  const auditCount = (action: string) =>
    count('SELECT count(*) AS n FROM audit_entries WHERE action = $1 AND subject_id = $2', [action, planId]);
  const plan = async (who: GraphQLClient = as('k1'), id = planId) =>
    (await ok<{ workPlan: Plan }>(who, PLAN, { id })).workPlan;
  const revision = async () => (await plan()).revision;
  const activityInput = (extra: Record<string, unknown> = {}) => ({
    workPlanId: planId,
    title: 'Mappatura degli indicatori di contesto',
    description: 'Raccolta e verifica delle serie della Relazione previsionale 2020.',
    phaseCode: 'CONTEXT_ANALYSIS',
    areaCode: 'PS1',
    ownerId: boards.people.k2.id,
    startOn: startsOn,
    dueOn: endsOn,
    deliverables: ['Rapporto di contesto', 'Tabelle degli indicatori'],
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

  describe('drafting', () => {
    const draft = {
      year: current.year,
      quarter: current.quarter,
      summary: 'Avvio dell\u2019analisi di contesto e dell\u2019ascolto.',
    };

    it('refuses a draft from anyone not on the committee, writing nothing', async () => {
      for (const who of ['outsider', 'chair', 'c1', 'expert', 'ks']) {
        expect(code(await as(who).request(CREATE, { input: draft }))).toBe('FORBIDDEN');
      }
      expect(code(await api.client().request(CREATE, { input: draft }))).toBe('UNAUTHENTICATED');
      expect(await count('SELECT count(*) AS n FROM work_plans')).toBe(0);
    });

    it('refuses a quarter that has ended', async () => {
      const response = await as('k2').request(CREATE, { input: { ...draft, year: 2021 } });
      expect(code(response)).toBe('BAD_USER_INPUT');
      expect(fields(response)).toEqual(['quarter']);
      expect(await count('SELECT count(*) AS n FROM work_plans')).toBe(0);
    });

    it('starts one plan per quarter: a committee member drafts it, a second draft is a conflict', async () => {
      const { createWorkPlanDraft } = await ok<{
        createWorkPlanDraft: { id: string; status: string; revision: number };
      }>(as('k2'), CREATE, { input: draft });
      planId = createWorkPlanDraft.id;
      expect(createWorkPlanDraft).toMatchObject({ status: 'DRAFT', revision: 1 });
      const again = await as('k3').request(CREATE, { input: draft });
      expect(code(again)).toBe('CONFLICT');
      expect(onlyError(again).message).toContain(quarterLabel(current));
      expect(await count('SELECT count(*) AS n FROM work_plans')).toBe(1);
      expect(await auditCount('work-plan.drafted')).toBe(1);
    });

    it('refuses to propose an empty plan', async () => {
      const response = await as('k2').request(PROPOSE, {
        input: { workPlanId: planId, expectedRevision: 1 },
      });
      expect(code(response)).toBe('CONFLICT');
      expect(onlyError(response).message).toMatch(/empty work plan/);
      expect((await plan()).status).toBe('DRAFT');
    });

    it.each([
      ['a due date before the start', { startOn: endsOn, dueOn: startsOn }, 'dueOn'],
      ['dates outside the quarter', { startOn: '2021-01-01', dueOn: '2021-02-01' }, 'startOn'],
      ['an owner who is not on the committee', { ownerId: 'OWNER_OUTSIDER' }, 'ownerId'],
      [
        'a contributor who is not an expert',
        { contributorIds: ['CONTRIBUTOR_OUTSIDER'] },
        'contributorIds.0',
      ],
      [
        'an expert outside their engagement',
        { areaCode: 'PS1', contributorIds: ['CONTRIBUTOR_EXPERT'] },
        'contributorIds.0',
      ],
      ['an unknown area', { areaCode: 'PS99' }, 'areaCode'],
      ['a missing title', { title: undefined }, 'title'],
    ])('refuses an activity with %s, naming %s, writing nothing', async (_case, change, field) => {
      const resolved = Object.fromEntries(
        Object.entries(change).map(([key, value]) => [
          key,
          value === 'OWNER_OUTSIDER'
            ? boards.people.outsider.id
            : Array.isArray(value)
              ? value.map((v) =>
                  v === 'CONTRIBUTOR_EXPERT' ? boards.people.expert.id : boards.people.outsider.id,
                )
              : value,
        ]),
      );
      const response = await as('k2').request(ADD, { input: activityInput(resolved) });
      expect(code(response)).toBe('BAD_USER_INPUT');
      expect(fields(response)).toEqual([field]);
      expect(await count('SELECT count(*) AS n FROM work_plan_activities')).toBe(0);
      expect(await revision()).toBe(1);
    });

    it('adds activities in two phases and three areas, with an expert contributing within scope', async () => {
      const add = async (key: string, extra: Record<string, unknown>) => {
        const { addActivity } = await ok<{ addActivity: { id: string } }>(as('k2'), ADD, {
          input: activityInput(extra),
        });
        activityIds[key] = addActivity.id;
      };
      await add('indicators', {});
      await add('tourism', {
        title: 'Focus group sul turismo',
        phaseCode: 'LISTENING',
        areaCode: 'PS6',
        ownerId: boards.people.k3.id,
        contributorIds: [boards.people.expert.id],
      });
      await add('digital', {
        title: 'Questionario sulla digitalizzazione',
        phaseCode: 'LISTENING',
        areaCode: 'PS3',
        ownerId: boards.people.k3.id,
      });
      await add('swot', { title: 'Bozza di SWOT infrastrutture', ownerId: boards.people.k1.id });
      const { versions } = await plan();
      expect(versions).toHaveLength(1);
      expect(versions[0].activities.map((a) => [a.title, a.phaseCode, a.areaCode])).toEqual([
        ['Mappatura degli indicatori di contesto', 'CONTEXT_ANALYSIS', 'PS1'],
        ['Focus group sul turismo', 'LISTENING', 'PS6'],
        ['Questionario sulla digitalizzazione', 'LISTENING', 'PS3'],
        ['Bozza di SWOT infrastrutture', 'CONTEXT_ANALYSIS', 'PS1'],
      ]);
      expect(versions[0].activities[1].contributors).toEqual([{ displayName: 'expert' }]);
      expect(await revision()).toBe(5);
      expect(await auditCount('work-plan.activity-added')).toBe(4);
    });

    it('keeps the first of two concurrent edits: the second gets CONFLICT with the current state', async () => {
      const [first, second] = [as('k2'), as('k3')];
      const stale = (await plan(second)).versions[0].activities[0].revision;
      await ok(first, UPDATE, {
        input: {
          activityId: activityIds.indicators,
          expectedRevision: stale,
          title: 'Indicatori di contesto 2020',
        },
      });
      const response = await second.request(UPDATE, {
        input: { activityId: activityIds.indicators, expectedRevision: stale, title: 'Titolo sovrascritto' },
      });
      expect(code(response)).toBe('CONFLICT');
      expect(onlyError(response).extensions?.current).toMatchObject({
        title: 'Indicatori di contesto 2020',
        revision: stale + 1,
      });
      const [row] = await api.sql<{ title: string }>('SELECT title FROM work_plan_activities WHERE id = $1', [
        activityIds.indicators,
      ]);
      expect(row.title).toBe('Indicatori di contesto 2020');
    });

    it('refuses progress on a draft: status is reported once the plan is adopted', async () => {
      const response = await as('k2').request(UPDATE, {
        input: { activityId: activityIds.indicators, expectedRevision: 2, progress: 30 },
      });
      expect(code(response)).toBe('CONFLICT');
    });
  });

  describe('proposal, return and revision', () => {
    it('cannot propose while no Cabina meeting is convened', async () => {
      const response = await as('k2').request(PROPOSE, {
        input: { workPlanId: planId, expectedRevision: await revision() },
      });
      expect(code(response)).toBe('CONFLICT');
      expect(onlyError(response).message).toMatch(/No meeting of the Cabina di Regia is convened/);
    });

    it('freezes version 1 onto the next Cabina meeting agenda', async () => {
      meetingId = (
        await ok<{ scheduleMeeting: { id: string } }>(as('chair'), SCHEDULE, {
          input: {
            bodyId: boards.cabinaId,
            title: 'Seduta sul piano di lavoro',
            startsAt: inMinutes(10),
            agenda: [{ title: 'Comunicazioni', subjectKind: 'OTHER' }],
          },
        })
      ).scheduleMeeting.id;
      const stale = (await revision()) - 1;
      expect(
        code(await as('k2').request(PROPOSE, { input: { workPlanId: planId, expectedRevision: stale } })),
      ).toBe('CONFLICT');
      const proposed = await ok<{ proposeWorkPlan: { status: string } }>(as('k3'), PROPOSE, {
        input: { workPlanId: planId, expectedRevision: await revision() },
      });
      expect(proposed.proposeWorkPlan.status).toBe('PROPOSED');
      const { meeting } = await ok<{
        meeting: { agenda: { subjectKind: string; subjectReference: string; title: string }[] };
      }>(api.client(), AGENDA, { id: meetingId });
      expect(meeting.agenda.at(-1)).toEqual({
        id: expect.any(String),
        subjectKind: 'WORK_PLAN',
        subjectReference: planId,
        title: `Piano di lavoro ${quarterLabel(current)}, versione 1`,
      });
      const { versions } = await plan();
      expect(versions[0]).toMatchObject({ status: 'PROPOSED', meetingId });
      expect(await auditCount('work-plan.proposed')).toBe(1);
    });

    it('lets nobody edit a proposed version', async () => {
      const before = await revision();
      expect(code(await as('k2').request(ADD, { input: activityInput({ title: 'Attività tardiva' }) }))).toBe(
        'CONFLICT',
      );
      expect(
        code(
          await as('k2').request(UPDATE, {
            input: { activityId: activityIds.swot, expectedRevision: 1, title: 'Nuovo' },
          }),
        ),
      ).toBe('CONFLICT');
      expect(
        code(
          await as('k2').request(REMOVE, { input: { activityId: activityIds.swot, expectedRevision: 1 } }),
        ),
      ).toBe('CONFLICT');
      expect(await revision()).toBe(before);
    });

    it('is returned by the Cabina chair with remarks, at the meeting, and by nobody else', async () => {
      const remarks = 'Indicare le fonti dei dati e anticipare il questionario.';
      const input = async () => ({ workPlanId: planId, expectedRevision: await revision(), remarks });
      const early = await as('chair').request(RETURN, { input: await input() });
      expect(code(early)).toBe('CONFLICT');
      expect(onlyError(early).message).toMatch(/has not started/);
      await ok(as('chair'), 'mutation ($id: ID!) { startMeeting(meetingId: $id) { id } }', { id: meetingId });
      await ok(
        as('secretary'),
        'mutation ($input: RecordAttendanceInput!) { recordAttendance(input: $input) { id } }',
        {
          input: {
            meetingId,
            entries: ['chair', 'p2', 'p3', 'c1', 'c2', 'c3'].map((who) => ({
              membershipId: boards.seats[who],
              status: 'PRESENT',
            })),
          },
        },
      );
      for (const who of ['c1', 'p2', 'k1', 'k2']) {
        expect(code(await as(who).request(RETURN, { input: await input() }))).toBe('FORBIDDEN');
      }
      const short = await as('chair').request(RETURN, { input: { ...(await input()), remarks: 'No.' } });
      expect(fields(short)).toEqual(['remarks']);
      await ok(as('chair'), RETURN, { input: await input() });
      const returned = await plan();
      expect(returned.status).toBe('RETURNED');
      expect(returned.versions[0]).toMatchObject({ status: 'RETURNED', remarks });
      expect(await auditCount('work-plan.returned')).toBe(1);
    });

    it('refuses a vote on the returned version', async () => {
      const { meeting } = await ok<{ meeting: { agenda: { id: string }[] } }>(api.client(), AGENDA, {
        id: meetingId,
      });
      const response = await as('chair').request(
        'mutation ($input: OpenVoteInput!) { openVote(input: $input) { id } }',
        { input: { agendaItemId: meeting.agenda.at(-1)!.id } },
      );
      expect(code(response)).toBe('CONFLICT');
      expect(onlyError(response).message).toMatch(/Version 1 of this work plan is RETURNED/);
    });

    it('is revised into version 2, whose changes from version 1 are listed', async () => {
      await ok(as('k2'), REVISE, {
        input: {
          workPlanId: planId,
          expectedRevision: await revision(),
          summary: 'Versione rivista secondo le osservazioni della Cabina.',
        },
      });
      const revised = await plan();
      expect(revised).toMatchObject({ status: 'DRAFT', currentVersion: { number: 2, status: 'DRAFT' } });
      const [v1, v2] = revised.versions;
      expect(v2.activities.map((a) => a.lineageId)).toEqual(v1.activities.map((a) => a.lineageId));
      const byTitle = (title: string) => v2.activities.find((a) => a.title.startsWith(title))!;
      // A frozen version's activity cannot be edited, only its revision in the new version.
      expect(
        code(
          await as('k2').request(UPDATE, {
            input: { activityId: activityIds.digital, expectedRevision: 1, title: 'Titolo modificato' },
          }),
        ),
      ).toBe('CONFLICT');
      const digital = byTitle('Questionario');
      activityIds.digital = digital.id;
      await ok(as('k2'), UPDATE, {
        input: {
          activityId: digital.id,
          expectedRevision: digital.revision,
          dueOn: startsOn,
          ownerId: boards.people.k2.id,
        },
      });
      const swot = byTitle('Bozza di SWOT');
      await ok(as('k2'), REMOVE, { input: { activityId: swot.id, expectedRevision: swot.revision } });
      await ok(as('k2'), ADD, {
        input: activityInput({
          title: 'Fonti e metadati degli indicatori',
          phaseCode: 'CONTEXT_ANALYSIS',
          areaCode: 'PS8',
        }),
      });
      activityIds.indicators = byTitle('Indicatori').id;
      activityIds.tourism = byTitle('Focus group').id;
      const changes = (await plan()).versions[1].changesFromPrevious;
      expect(changes).toEqual([
        {
          kind: 'CHANGED',
          title: 'Questionario sulla digitalizzazione',
          changes: [
            { field: 'ownerId', before: 'k3', after: 'k2' },
            { field: 'dueOn', before: endsOn, after: startsOn },
          ],
        },
        { kind: 'ADDED', title: 'Fonti e metadati degli indicatori', changes: [] },
        { kind: 'REMOVED', title: 'Bozza di SWOT infrastrutture', changes: [] },
      ]);
    });
  });

  describe('adoption and execution', () => {
    let watcher: ClientSocket;

    it('is adopted by the Cabina vote, which the plan records', async () => {
      await ok(as('k3'), PROPOSE, {
        input: { workPlanId: planId, expectedRevision: await revision(), meetingId },
      });
      const { meeting } = await ok<{ meeting: { agenda: { id: string }[] } }>(api.client(), AGENDA, {
        id: meetingId,
      });
      await approveItem(boards, meetingId, meeting.agenda.at(-1)!.id);
      const adopted = await plan(api.client());
      expect(adopted.status).toBe('ADOPTED');
      expect(adopted.adoptedBy).toEqual({
        reference: expect.stringMatching(/^n\. \d+\/\d{4}$/),
        result: 'APPROVED',
      });
      expect(adopted.versions.map((v) => [v.number, v.status])).toEqual([
        [1, 'RETURNED'],
        [2, 'ADOPTED'],
      ]);
      expect(adopted.versions[1].decision).toEqual(adopted.adoptedBy);
      expect(await auditCount('work-plan.adopted')).toBe(1);
    });

    it('lets nobody edit the adopted version', async () => {
      expect(
        code(
          await as('k1').request(UPDATE, {
            input: { activityId: activityIds.indicators, expectedRevision: 2, title: 'Titolo modificato' },
          }),
        ),
      ).toBe('CONFLICT');
      expect(code(await as('k1').request(ADD, { input: activityInput() }))).toBe('CONFLICT');
    });

    it('takes progress from the owner or the committee chair, and tells watchers live', async () => {
      watcher = await connectSocket(api.baseUrl, as('c2').cookieHeader());
      sockets.push(watcher);
      expect(await joinRoom(watcher, workPlanRoom(planId))).toEqual({ ok: true, room: workPlanRoom(planId) });
      const heard = new Promise<RoomEvent>((resolve) =>
        watcher.on('event', (event) => event.type === WORK_PLAN_EVENTS.UPDATED && resolve(event)),
      );
      const tourism = async () =>
        (await plan(as('k3'))).versions[1].activities.find((a) => a.id === activityIds.tourism)!;
      expect((await tourism()).canReport).toBe(true);
      const report = (who: string, extra: Record<string, unknown>) =>
        tourism().then((a) =>
          as(who).request(UPDATE, { input: { activityId: a.id, expectedRevision: a.revision, ...extra } }),
        );
      expect(code(await report('k2', { progress: 10 }))).toBe('FORBIDDEN');
      expect(code(await report('chair', { progress: 10 }))).toBe('FORBIDDEN');
      expect(fields(await report('k3', { progress: 150 }))).toEqual(['progress']);
      expect(
        (await report('k3', { status: 'IN_PROGRESS', progress: 40, progressNote: 'Due incontri svolti.' }))
          .errors,
      ).toBeUndefined();
      expect(await heard).toMatchObject({
        type: WORK_PLAN_EVENTS.UPDATED,
        payload: {
          workPlanId: planId,
          change: 'execution-started',
          activityId: activityIds.tourism,
          status: 'IN_EXECUTION',
        },
      });
      const indicators = (await plan()).versions[1].activities.find((a) => a.id === activityIds.indicators)!;
      await ok(as('k1'), UPDATE, {
        input: { activityId: indicators.id, expectedRevision: indicators.revision, status: 'DONE' },
      });
      expect(await auditCount('work-plan.execution-started')).toBe(1);
      expect(await auditCount('work-plan.progress-reported')).toBe(2);
    });

    it('rolls progress up overall, by phase and by area, flagging late activities by date', async () => {
      const { workPlanProgress } = await ok<{ workPlanProgress: Record<string, unknown> }>(
        api.client(),
        PROGRESS,
        {
          id: planId,
        },
      );
      const activities = (await plan()).versions[1].activities;
      const digital = activities.find((a) => a.id === activityIds.digital)!;
      const sources = activities.find((a) => a.title.startsWith('Fonti'))!;
      // Late is read from the date: the questionnaire was due on the quarter's first day.
      const late = startsOn < today;
      expect([digital.status, sources.status]).toEqual([late ? 'LATE' : 'PLANNED', 'PLANNED']);
      expect(workPlanProgress).toEqual({
        overall: {
          total: 4,
          planned: late ? 1 : 2,
          inProgress: 1,
          done: 1,
          late: late ? 1 : 0,
          cancelled: 0,
          percent: 35,
        },
        byPhase: [
          { key: 'CONTEXT_ANALYSIS', total: 2, percent: 50 },
          { key: 'LISTENING', total: 2, percent: 20 },
        ],
        byArea: [
          { key: 'PS1', total: 1, done: 1, percent: 100 },
          { key: 'PS3', total: 1, done: 0, percent: 0 },
          { key: 'PS6', total: 1, done: 0, percent: 40 },
          { key: 'PS8', total: 1, done: 0, percent: 0 },
        ],
      });
    });
  });

  describe('closing, the quarterly report and carrying over', () => {
    it('is closed by the committee chair, opening the report assembled from the data', async () => {
      expect(
        code(
          await as('k2').request(CLOSE, {
            input: { workPlanId: planId, expectedRevision: await revision() },
          }),
        ),
      ).toBe('FORBIDDEN');
      const { closeWorkPlan } = await ok<{ closeWorkPlan: { status: string; reportStatus: string } }>(
        as('k1'),
        CLOSE,
        {
          input: { workPlanId: planId, expectedRevision: await revision() },
        },
      );
      expect(closeWorkPlan).toMatchObject({ status: 'CLOSED', reportStatus: 'DRAFT' });
      const { report } = await plan(api.client());
      expect(report!.activities.map((a) => [a.title, a.status, a.progress, a.carriedOver])).toEqual([
        ['Indicatori di contesto 2020', 'DONE', 100, false],
        ['Focus group sul turismo', 'IN_PROGRESS', 40, false],
        ['Questionario sulla digitalizzazione', startsOn < today ? 'LATE' : 'PLANNED', 0, false],
        ['Fonti e metadati degli indicatori', 'PLANNED', 0, false],
      ]);
      // The board's decisions of the quarter: the appointments and the plan's adoption.
      expect(report!.decisions.map((d) => d.result)).toEqual(['APPROVED', 'APPROVED']);
      // Execution is over: even the owner reports no more progress.
      const stale = await as('k3').request(UPDATE, {
        input: { activityId: activityIds.tourism, expectedRevision: 2, progress: 90 },
      });
      expect(code(stale)).toBe('CONFLICT');
    });

    it('offers the unfinished activities for carry-over into the next quarter, keeping their history', async () => {
      const CANDIDATES = `query ($y: Int!, $q: Int!) { workPlanCarryOverCandidates(year: $y, quarter: $q) { id title progress } }`;
      expect(code(await as('chair').request(CANDIDATES, { y: next.year, q: next.quarter }))).toBe(
        'FORBIDDEN',
      );
      const { workPlanCarryOverCandidates: candidates } = await ok<{
        workPlanCarryOverCandidates: { id: string; title: string; progress: number }[];
      }>(as('k2'), CANDIDATES, { y: next.year, q: next.quarter });
      expect(candidates.map((c) => c.title)).toEqual([
        'Focus group sul turismo',
        'Questionario sulla digitalizzazione',
        'Fonti e metadati degli indicatori',
      ]);
      const input = (ids: string[]) => ({
        year: next.year,
        quarter: next.quarter,
        summary: 'Prosecuzione dell\u2019ascolto.',
        carryOverActivityIds: ids,
      });
      const done = await as('k2').request(CREATE, { input: input([activityIds.indicators]) });
      expect(fields(done)).toEqual(['carryOverActivityIds.0']);
      expect(await count('SELECT count(*) AS n FROM work_plans')).toBe(1);
      const { createWorkPlanDraft } = await ok<{ createWorkPlanDraft: { id: string } }>(as('k2'), CREATE, {
        input: input([activityIds.tourism]),
      });
      const nextPlan = await plan(as('k2'), createWorkPlanDraft.id);
      const [carried] = nextPlan.versions[0].activities;
      expect(carried).toMatchObject({
        title: 'Focus group sul turismo',
        progress: 40,
        status: 'IN_PROGRESS',
        carriedFrom: { quarter: quarterLabel(current), progress: 40 },
      });
      const original = (await plan()).versions[1].activities.find((a) => a.id === activityIds.tourism)!;
      expect(carried.lineageId).toBe(original.lineageId);
      expect(
        (await plan()).report!.activities.find((a) => a.title === 'Focus group sul turismo')!.carriedOver,
      ).toBe(true);
      // A draft is for the two bodies only, in the API and in its live room.
      expect(code(await api.client().request(PLAN, { id: createWorkPlanDraft.id }))).toBe('NOT_FOUND');
      const room = workPlanRoom(createWorkPlanDraft.id);
      for (const [who, allowed] of [
        ['outsider', false],
        ['expert', false],
        ['k3', true],
        ['c2', true],
      ] as const) {
        const socket = await connectSocket(api.baseUrl, as(who).cookieHeader());
        sockets.push(socket);
        expect([who, (await joinRoom(socket, room)).ok]).toEqual([who, allowed]);
      }
      const { workPlans } = await ok<{ workPlans: { id: string }[] }>(api.client(), '{ workPlans { id } }');
      expect(workPlans.map((p) => p.id)).toEqual([planId]);
    });

    it('takes the report through the committee to the Cabina, whose vote approves it', async () => {
      await ok(as('k2'), EDIT_REPORT, {
        input: {
          workPlanId: planId,
          expectedRevision: await revision(),
          introduction: 'Il trimestre ha avviato l\u2019analisi di contesto.',
          nextSteps: 'Concludere i focus group; avviare la SWOT.',
        },
      });
      expect(
        code(
          await as('k2').request(SUBMIT_REPORT, {
            input: { workPlanId: planId, expectedRevision: await revision() },
          }),
        ),
      ).toBe('FORBIDDEN');
      const { submitWorkPlanReport } = await ok<{
        submitWorkPlanReport: { reportStatus: string; reportMeetingId: string };
      }>(as('k1'), SUBMIT_REPORT, { input: { workPlanId: planId, expectedRevision: await revision() } });
      expect(submitWorkPlanReport).toEqual({
        id: planId,
        revision: expect.any(Number),
        reportStatus: 'SUBMITTED',
        reportMeetingId: meetingId,
      });
      expect(
        code(
          await as('k2').request(EDIT_REPORT, {
            input: {
              workPlanId: planId,
              expectedRevision: await revision(),
              introduction: 'x',
              nextSteps: 'y',
            },
          }),
        ),
      ).toBe('CONFLICT');
      const { meeting } = await ok<{ meeting: { agenda: { id: string; subjectKind: string }[] } }>(
        api.client(),
        AGENDA,
        {
          id: meetingId,
        },
      );
      expect(meeting.agenda.at(-1)!.subjectKind).toBe('WORK_PLAN_REPORT');
      await approveItem(boards, meetingId, meeting.agenda.at(-1)!.id);
      const approved = await plan(api.client());
      expect(approved.reportStatus).toBe('APPROVED');
      expect(approved.reportDecision!.reference).toMatch(/^n\. \d+\/\d{4}$/);
    });

    it('exports the report as CSV and PDF', async () => {
      const csv = await fetch(`${api.baseUrl}/exports/work-plans/${planId}/report.csv`);
      expect(csv.status).toBe(200);
      expect(csv.headers.get('content-type')).toMatch(/^text\/csv/);
      const lines = (await csv.text())
        .replace(/^\uFEFF/, '')
        .trim()
        .split('\r\n');
      expect(lines[0]).toBe(
        'Attività,Fase,Ambito,Responsabile,Inizio,Scadenza,Stato,Avanzamento %,Riportata',
      );
      expect(lines).toHaveLength(5);
      expect(lines[2]).toMatch(/^Focus group sul turismo,.*,k3,.*,in corso,40,sì$/);
      const english = await (
        await fetch(`${api.baseUrl}/exports/work-plans/${planId}/report.csv?lang=en`)
      ).text();
      expect(english).toContain('Activity,Phase,Area,Owner');
      const pdf = await fetch(`${api.baseUrl}/exports/work-plans/${planId}/report.pdf`);
      expect(pdf.headers.get('content-type')).toBe('application/pdf');
      const bytes = Buffer.from(await pdf.arrayBuffer());
      expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
      expect(bytes.length).toBeGreaterThan(2000);
      const missing = await fetch(
        `${api.baseUrl}/exports/work-plans/00000000-0000-4000-8000-000000000000/report.pdf`,
      );
      expect(missing.status).toBe(404);
    });

    it('wrote an audit row for every transition', async () => {
      const rows = await api.sql<{ action: string; n: string }>(
        `SELECT action, count(*) AS n FROM audit_entries WHERE subject_id = $1 GROUP BY action ORDER BY action`,
        [planId],
      );
      expect(Object.fromEntries(rows.map((r) => [r.action, Number(r.n)]))).toEqual({
        'work-plan.activity-added': 5,
        'work-plan.activity-removed': 1,
        'work-plan.activity-updated': 2,
        'work-plan.adopted': 1,
        'work-plan.closed': 1,
        'work-plan.drafted': 1,
        'work-plan.execution-started': 1,
        'work-plan.progress-reported': 2,
        'work-plan.proposed': 2,
        'work-plan.report-approved': 1,
        'work-plan.report-edited': 1,
        'work-plan.report-submitted': 1,
        'work-plan.returned': 1,
        'work-plan.revised': 1,
      });
    });
  });
});
