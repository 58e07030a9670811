import { onlyError, type GraphQLClient, type GraphQLResponse } from '@piano2030/api-testing';
import { GOVERNANCE_EVENTS, bodyRoom, userRoom, type RoomEvent } from '@piano2030/shared-realtime-contracts';
import { startApi, type RunningApi } from './support/api-process';
import { registeredBrowser, signedInBrowser } from './support/sign-in';
import { connectSocket, joinRoom, type ClientSocket } from './support/sockets';

const ADMIN = { email: 'segreteria@provincia.example', password: 'password amministratore' };
const APPOINT = `mutation ($input: AppointMemberInput!) { appointMember(input: $input) { id role } }`;
const SCHEDULE = `mutation ($input: ScheduleMeetingInput!) { scheduleMeeting(input: $input) { id status agenda { id position title } } }`;
const START = `mutation ($id: ID!) { startMeeting(meetingId: $id) { id status startedAt } }`;
const CLOSE_MEETING = `mutation ($id: ID!) { closeMeeting(meetingId: $id) { id status } }`;
const ATTEND = `mutation ($input: RecordAttendanceInput!) { recordAttendance(input: $input) { id quorum { met present required absentParties } } }`;
const OPEN_VOTE = `mutation ($input: OpenVoteInput!) { openVote(input: $input) { id status title } }`;
const CAST = `mutation ($input: CastVoteInput!) { castVote(input: $input) { choice } }`;
const CLOSE_VOTE = `mutation ($id: ID!) { closeVote(voteId: $id) { id number year reference result reason(locale: EN)
  tally { for against abstain recused } present members } }`;
const VOTE_STATE = `query ($id: ID!) { meeting(id: $id) { agenda { id votes { id status resultsHidden
  turnout { voted eligible } tally { for against abstain recused } myBallot { choice } decision { reference } } } } }`;
const MEETING = `query ($id: ID!) { meeting(id: $id) { status minutesStatus minutes myRoles myCapabilities
  quorum { met present required } attendance { status membership { id person { displayName } } } } }`;

type Client = GraphQLClient;
type VoteState = {
  id: string;
  status: string;
  resultsHidden: boolean;
  turnout: { voted: number; eligible: number };
  tally: { for: number; against: number; abstain: number; recused: number } | null;
  myBallot: { choice: string } | null;
};

/** The error code of a response that must have failed. */
const code = (response: GraphQLResponse<unknown>) => onlyError(response).extensions?.code;
const inMinutes = (minutes: number) => new Date(Date.now() + minutes * 60_000).toISOString();

describe('governance: meetings, attendance, votes and decisions', () => {
  let api: RunningApi;
  let admin: Client;
  let cabinaId: string;
  let comitatoId: string;
  const people: Record<string, { client: Client; id: string }> = {};
  const seats: Record<string, string> = {};
  const sockets: ClientSocket[] = [];
  let meetingId: string;
  let agenda: { id: string; position: number }[];
  let voteId: string;
  let decisionId: string;

  const count = async (sql: string, params: unknown[] = []) =>
    Number((await api.sql<{ n: string }>(sql, params))[0].n);
  const auditCount = (action: string) =>
    count('SELECT count(*) AS n FROM audit_entries WHERE action = $1', [action]);
  const as = (name: string) => people[name].client;
  const voteState = async (who: Client = api.client()): Promise<VoteState> => {
    const { data } = await who.request<{ meeting: { agenda: { votes: VoteState[] }[] } }>(VOTE_STATE, {
      id: meetingId,
    });
    return data!.meeting.agenda.flatMap((item) => item.votes).find((vote) => vote.id === voteId)!;
  };
  const connect = async (client: Client): Promise<ClientSocket> => {
    const socket = await connectSocket(api.baseUrl, client.cookieHeader());
    sockets.push(socket);
    return socket;
  };
  const join = joinRoom;
  const appoint = async (body: string, person: string, extra: Record<string, unknown>) => {
    const response = await admin.request<{ appointMember: { id: string } }>(APPOINT, {
      input: {
        bodyId: body,
        userId: people[person].id,
        role: 'MEMBER',
        partyCode: null,
        designationReference: 'Decreto n. 1/2026',
        designationDate: '2026-01-10',
        termFrom: '2026-01-15',
        ...extra,
      },
    });
    if (response.errors) throw new Error(JSON.stringify(response.errors));
    seats[person] = response.data!.appointMember.id;
  };
  const meetingInput = (extra: Record<string, unknown> = {}) => ({
    bodyId: cabinaId,
    title: 'Seduta ordinaria',
    startsAt: inMinutes(5),
    place: 'Palazzo Ducale, Lucca',
    link: 'https://meet.example.org/cabina',
    agenda: [
      { title: 'Nomina del Comitato operativo', subjectKind: 'APPOINTMENT' },
      { title: 'Incarico a esperta per il turismo', subjectKind: 'APPOINTMENT', areaCode: 'PS6' },
      { title: 'Piano di lavoro del trimestre', subjectKind: 'WORK_PLAN', phaseCode: 'LISTENING' },
    ],
    ...extra,
  });

  beforeAll(async () => {
    api = await startApi({ ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password });
    admin = await signedInBrowser(api, ADMIN.email, ADMIN.password);
    const names = ['chair', 'p2', 'p3', 'c1', 'c2', 'c3', 'alternate', 'secretary', 'outsider', 'expert'];
    for (const name of [...names, 'k1', 'k2']) {
      const client = await registeredBrowser(api, `${name}@example.org`);
      const { data } = await client.request<{ me: { id: string } }>('{ me { id } }');
      people[name] = { client, id: data!.me.id };
    }
    const { data } = await api.client().request<{ bodies: { id: string }[] }>('{ bodies { id } }');
    [cabinaId, comitatoId] = data!.bodies.map((b) => b.id);
    const P = 'PROVINCIA_LUCCA';
    const C = 'CCIAA_LUCCA';
    await appoint(cabinaId, 'chair', { role: 'CHAIR', partyCode: P });
    await appoint(cabinaId, 'p2', { partyCode: P, alternateUserId: people.alternate.id });
    await appoint(cabinaId, 'p3', { partyCode: P });
    await appoint(cabinaId, 'c1', { role: 'VICE_CHAIR', partyCode: C });
    await appoint(cabinaId, 'c2', { partyCode: C });
    await appoint(cabinaId, 'c3', { partyCode: C });
    await appoint(cabinaId, 'secretary', { role: 'SECRETARY' });
  });
  afterAll(async () => {
    sockets.forEach((socket) => socket.disconnect());
    await api?.stop();
  });

  describe('convening', () => {
    it.each([
      ['a meeting in the past', { startsAt: inMinutes(-60) }, 'startsAt'],
      ['an empty agenda', { agenda: [] }, 'agenda'],
      ['a link that is not https', { link: 'http://meet.example.org' }, 'link'],
      [
        'an unknown area',
        { agenda: [{ title: 'Punto', subjectKind: 'OTHER', areaCode: 'PS99' }] },
        'agenda.0.areaCode',
      ],
    ])('refuses %s with BAD_USER_INPUT naming %s, writing nothing', async (_case, change, field) => {
      const response = await as('chair').request(SCHEDULE, { input: meetingInput(change) });
      expect(code(response)).toBe('BAD_USER_INPUT');
      expect(Object.keys(onlyError(response).extensions?.fieldErrors as object)).toEqual([field]);
      expect(await count('SELECT count(*) AS n FROM meetings')).toBe(0);
    });

    it('lets only the chair convene: FORBIDDEN for members and the secretary, UNAUTHENTICATED for visitors', async () => {
      for (const who of ['p2', 'c1', 'secretary', 'outsider']) {
        const response = await as(who).request(SCHEDULE, { input: meetingInput() });
        expect(code(response)).toBe('FORBIDDEN');
      }
      expect(code(await api.client().request(SCHEDULE, { input: meetingInput() }))).toBe('UNAUTHENTICATED');
      expect(await count('SELECT count(*) AS n FROM meetings')).toBe(0);
    });

    it('convenes a meeting, notifying each member in their own room', async () => {
      const socket = await connect(as('c3'));
      expect(await join(socket, userRoom(people.c3.id))).toMatchObject({ ok: true });
      const notified = new Promise<RoomEvent>((resolve) => socket.once('event', resolve));
      const response = await as('chair').request<{
        scheduleMeeting: { id: string; status: string; agenda: { id: string; position: number }[] };
      }>(SCHEDULE, { input: meetingInput() });
      expect(response.errors).toBeUndefined();
      meetingId = response.data!.scheduleMeeting.id;
      agenda = response.data!.scheduleMeeting.agenda;
      expect(response.data!.scheduleMeeting.status).toBe('SCHEDULED');
      expect(agenda.map((item) => item.position)).toEqual([1, 2, 3]);
      expect(await notified).toMatchObject({
        type: GOVERNANCE_EVENTS.MEETING_CONVENED,
        payload: { meetingId, bodyId: cabinaId },
      });
      expect(await auditCount('meeting.scheduled')).toBe(1);
    });

    it('lets the chair open the meeting once; others get FORBIDDEN', async () => {
      expect(code(await as('c1').request(START, { id: meetingId }))).toBe('FORBIDDEN');
      const started = await as('chair').request<{ startMeeting: { status: string } }>(START, {
        id: meetingId,
      });
      expect(started.data!.startMeeting.status).toBe('IN_PROGRESS');
      expect(code(await as('chair').request(START, { id: meetingId }))).toBe('CONFLICT');
      expect(await auditCount('meeting.started')).toBe(1);
    });
  });

  describe('attendance and the live quorum', () => {
    it('lets only the secretary or the chair record attendance, and checks every entry', async () => {
      const entry = { membershipId: seats.p3, status: 'PRESENT' };
      expect(code(await as('p3').request(ATTEND, { input: { meetingId, entries: [entry] } }))).toBe(
        'FORBIDDEN',
      );
      const bad = await as('secretary').request(ATTEND, {
        input: {
          meetingId,
          entries: [
            { membershipId: seats.p3, status: 'DELEGATED' },
            { membershipId: '00000000-0000-4000-8000-000000000000', status: 'PRESENT' },
          ],
        },
      });
      expect(code(bad)).toBe('BAD_USER_INPUT');
      expect(onlyError(bad).extensions?.fieldErrors).toEqual({
        'entries.0.status': ['DELEGATED needs an alternate, and this member has none'],
        'entries.1.membershipId': ['must be a current membership of this body'],
      });
      expect(await count('SELECT count(*) AS n FROM attendances')).toBe(0);
    });

    it('computes the quorum live: 3 Provincia members are not enough without the Camera', async () => {
      const response = await as('secretary').request<{
        recordAttendance: { quorum: { met: boolean; present: number; absentParties: string[] } };
      }>(ATTEND, {
        input: {
          meetingId,
          entries: [
            { membershipId: seats.chair, status: 'PRESENT' },
            { membershipId: seats.p2, status: 'DELEGATED' },
            { membershipId: seats.p3, status: 'PRESENT' },
            { membershipId: seats.c1, status: 'ABSENT' },
          ],
        },
      });
      expect(response.data!.recordAttendance.quorum).toEqual({
        met: false,
        present: 3,
        required: 4,
        absentParties: ['CCIAA_LUCCA'],
      });
      const all = await as('chair').request<{
        recordAttendance: { quorum: { met: boolean; present: number } };
      }>(ATTEND, {
        input: {
          meetingId,
          entries: ['c1', 'c2', 'c3'].map((who) => ({ membershipId: seats[who], status: 'PRESENT' })),
        },
      });
      expect(all.data!.recordAttendance.quorum).toMatchObject({ met: true, present: 6 });
      expect(await auditCount('meeting.attendance-recorded')).toBe(2);
    });

    it('tells each person their roles and what they may do, from the one policy', async () => {
      const view = async (who: string) =>
        (
          await as(who).request<{ meeting: { myRoles: string[]; myCapabilities: string[] } }>(MEETING, {
            id: meetingId,
          })
        ).data!.meeting;
      expect(await view('chair')).toMatchObject({
        myRoles: ['CHAIR'],
        myCapabilities: [
          'SCHEDULE_MEETING',
          'CLOSE_MEETING',
          'RECORD_ATTENDANCE',
          'OPEN_VOTE',
          'CAST_VOTE',
          'CLOSE_VOTE',
        ],
      });
      expect(await view('secretary')).toMatchObject({
        myRoles: ['SECRETARY'],
        myCapabilities: ['RECORD_ATTENDANCE', 'DRAFT_MINUTES'],
      });
      expect(await view('alternate')).toMatchObject({
        myRoles: ['ALTERNATE'],
        myCapabilities: ['CAST_VOTE'],
      });
      expect(await view('outsider')).toMatchObject({ myRoles: [], myCapabilities: [] });
    });
  });

  describe('a vote', () => {
    it('is opened by the chair only, once per item', async () => {
      const input = { agendaItemId: agenda[0].id, title: 'Nomina di K1 e K2 nel Comitato operativo' };
      expect(code(await as('c2').request(OPEN_VOTE, { input }))).toBe('FORBIDDEN');
      const opened = await as('chair').request<{ openVote: { id: string; status: string } }>(OPEN_VOTE, {
        input,
      });
      voteId = opened.data!.openVote.id;
      expect(opened.data!.openVote.status).toBe('OPEN');
      expect(code(await as('chair').request(OPEN_VOTE, { input }))).toBe('CONFLICT');
      expect(await count('SELECT count(*) AS n FROM votes')).toBe(1);
    });

    it('keeps the body room to its members and their alternates', async () => {
      for (const who of ['c1', 'secretary', 'alternate']) {
        expect(await join(await connect(as(who)), bodyRoom(cabinaId))).toMatchObject({ ok: true });
      }
      for (const who of ['outsider', 'expert']) {
        expect(await join(await connect(as(who)), bodyRoom(cabinaId))).toEqual({
          ok: false,
          error: 'FORBIDDEN',
        });
      }
    });

    it('refuses ballots from non-members, the secretary, and a member who delegated, writing nothing', async () => {
      const ballot = { voteId, choice: 'FOR' };
      expect(code(await as('outsider').request(CAST, { input: ballot }))).toBe('FORBIDDEN');
      expect(code(await as('secretary').request(CAST, { input: ballot }))).toBe('FORBIDDEN');
      const delegated = await as('p2').request(CAST, { input: ballot });
      expect(onlyError(delegated)).toMatchObject({
        message: 'You delegated this meeting to your alternate, who votes for your seat.',
        extensions: { code: 'FORBIDDEN' },
      });
      expect(await count('SELECT count(*) AS n FROM ballots')).toBe(0);
    });

    it('keeps exactly one ballot when one member sends 50 casts at once, and tells the room only the turnout', async () => {
      const listener = await connect(as('c1'));
      await join(listener, bodyRoom(cabinaId));
      const events: RoomEvent[] = [];
      listener.on('event', (event) => events.push(event));
      const choices = ['FOR', 'AGAINST', 'ABSTAIN'];
      const responses = await Promise.all(
        Array.from({ length: 50 }, (_, i) =>
          as('c2').request(CAST, { input: { voteId, choice: choices[i % 3] } }),
        ),
      );
      expect(responses.filter((r) => r.errors)).toEqual([]);
      expect(await count('SELECT count(*) AS n FROM ballots WHERE vote_id = $1', [voteId])).toBe(1);
      expect(await auditCount('vote.cast')).toBe(50);
      await new Promise((resolve) => setTimeout(resolve, 300));
      const last = events.filter((e) => e.type === GOVERNANCE_EVENTS.VOTE_UPDATED).at(-1);
      expect(last?.payload).toEqual({
        bodyId: cabinaId,
        meetingId,
        voteId,
        status: 'OPEN',
        voted: 1,
        eligible: 6,
      });
    });

    it('hides the results until the close, showing the turnout and one’s own ballot', async () => {
      for (const [who, choice] of [
        ['chair', 'FOR'],
        ['alternate', 'FOR'],
        ['p3', 'AGAINST'],
        ['c1', 'FOR'],
        ['c3', 'RECUSED'],
      ]) {
        const response = await as(who).request(CAST, { input: { voteId, choice } });
        expect(response.errors).toBeUndefined();
      }
      // p3 changes their mind while the vote is open; c2 settles on FOR.
      await as('p3').request(CAST, { input: { voteId, choice: 'ABSTAIN' } });
      await as('c2').request(CAST, { input: { voteId, choice: 'FOR' } });
      const state = await voteState(as('p3'));
      expect(state).toMatchObject({
        status: 'OPEN',
        resultsHidden: true,
        tally: null,
        turnout: { voted: 6, eligible: 6 },
        myBallot: { choice: 'ABSTAIN' },
      });
      expect(await count('SELECT count(*) AS n FROM ballots WHERE vote_id = $1', [voteId])).toBe(6);
    });

    it('is closed by the chair into decision n. 1, whose tally equals the ballot rows and whose reason says why', async () => {
      expect(code(await as('c1').request(CLOSE_VOTE, { id: voteId }))).toBe('FORBIDDEN');
      const closed = await as('chair').request<{
        closeVote: {
          id: string;
          number: number;
          reference: string;
          result: string;
          reason: string;
          tally: Record<string, number>;
          present: number;
        };
      }>(CLOSE_VOTE, { id: voteId });
      expect(closed.errors).toBeUndefined();
      const decision = closed.data!.closeVote;
      decisionId = decision.id;
      const year = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Rome', year: 'numeric' }).format(
        new Date(),
      );
      expect(decision).toMatchObject({
        number: 1,
        reference: `n. 1/${year}`,
        result: 'APPROVED',
        present: 5,
      });
      expect(decision.reason).toBe(
        'approved: 5 of 6 present, 1 recused for a conflict of interest, 4 for, 0 against, 1 abstained, majority in favour',
      );
      const rows = await api.sql<{ choice: string; n: string }>(
        'SELECT choice, count(*) AS n FROM ballots WHERE vote_id = $1 GROUP BY choice',
        [voteId],
      );
      const byChoice = Object.fromEntries(rows.map((r) => [r.choice, Number(r.n)]));
      expect(decision.tally).toEqual({
        for: byChoice.FOR ?? 0,
        against: byChoice.AGAINST ?? 0,
        abstain: byChoice.ABSTAIN ?? 0,
        recused: byChoice.RECUSED ?? 0,
      });
      expect((await voteState()).tally).toEqual(decision.tally);
    });

    it('refuses a ballot or a second close on the closed vote, with CONFLICT, changing nothing', async () => {
      const before = await api.sql('SELECT * FROM ballots WHERE vote_id = $1 ORDER BY membership_id', [
        voteId,
      ]);
      expect(code(await as('p3').request(CAST, { input: { voteId, choice: 'FOR' } }))).toBe('CONFLICT');
      expect(code(await as('chair').request(CLOSE_VOTE, { id: voteId }))).toBe('CONFLICT');
      expect(
        await api.sql('SELECT * FROM ballots WHERE vote_id = $1 ORDER BY membership_id', [voteId]),
      ).toEqual(before);
      expect(await count('SELECT count(*) AS n FROM decisions')).toBe(1);
    });

    it('numbers the next decision 2, and records a missed quorum as not valid', async () => {
      await as('secretary').request(ATTEND, {
        input: {
          meetingId,
          entries: ['c1', 'c2', 'c3'].map((who) => ({ membershipId: seats[who], status: 'ABSENT' })),
        },
      });
      const opened = await as('chair').request<{ openVote: { id: string } }>(OPEN_VOTE, {
        input: { agendaItemId: agenda[2].id },
      });
      const closed = await as('chair').request<{
        closeVote: { number: number; result: string; reason: string };
      }>(CLOSE_VOTE, { id: opened.data!.openVote.id });
      expect(closed.data!.closeVote).toMatchObject({
        number: 2,
        result: 'NO_QUORUM',
        reason: 'not valid: no quorum: 3 of 6 present, at least 4 needed',
      });
    });
  });

  describe('what a decision enables', () => {
    it('appoints the Comitato on the approved decision, and refuses a decision that was not approved', async () => {
      const [notApproved] = await api.sql<{ id: string }>(`SELECT id FROM decisions WHERE number = 2`);
      const base = {
        bodyId: comitatoId,
        userId: people.k1.id,
        role: 'CHAIR',
        designationReference: 'Delibera della Cabina n. 1',
        designationDate: '2026-01-10',
        termFrom: '2026-01-15',
      };
      const refused = await admin.request(APPOINT, { input: { ...base, decisionId: notApproved.id } });
      expect(onlyError(refused).extensions?.fieldErrors).toEqual({
        decisionId: [expect.stringMatching(/must be an approved decision \(n\. 2\/\d{4} was not approved\)/)],
      });
      const appointed = await admin.request<{ appointMember: { id: string } }>(APPOINT, {
        input: { ...base, decisionId },
      });
      expect(appointed.errors).toBeUndefined();
      const secondChair = await admin.request(APPOINT, {
        input: { ...base, userId: people.k2.id, decisionId },
      });
      expect(code(secondChair)).toBe('CONFLICT');
      const { data } = await api.client().request<{
        body: { members: { decision: { reference: string } | null }[] };
      }>('query ($id: ID!) { body(id: $id) { members { decision { reference } } } }', { id: comitatoId });
      expect(data!.body.members.map((m) => m.decision?.reference)).toEqual([
        expect.stringMatching(/^n\. 1\//),
      ]);
    });

    it('engages an expert whose opinions are accepted only inside their areas, phases and dates', async () => {
      const ENGAGE = `mutation ($input: EngageExpertInput!) { engageExpert(input: $input) { id active } }`;
      const OPINION = `mutation ($input: SubmitExpertOpinionInput!) { submitExpertOpinion(input: $input) { id expert { displayName } } }`;
      const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Rome' }).format(new Date());
      const engagement = {
        userId: people.expert.id,
        decisionId,
        areaCodes: ['PS6'],
        phaseCodes: [],
        theme: 'Turismo e cultura',
        startsOn: today,
        endsOn: '2099-12-31',
        declarationOfInterest: 'Nessun incarico in corso con enti del territorio.',
      };
      expect(code(await as('chair').request(ENGAGE, { input: engagement }))).toBe('FORBIDDEN');
      const noScope = await admin.request(ENGAGE, { input: { ...engagement, areaCodes: [] } });
      expect(Object.keys(onlyError(noScope).extensions?.fieldErrors as object)).toEqual(['areaCodes']);
      const engaged = await admin.request<{ engageExpert: { active: boolean } }>(ENGAGE, {
        input: engagement,
      });
      expect(engaged.data!.engageExpert.active).toBe(true);

      const opinion = (item: number, who = 'expert') =>
        as(who).request(OPINION, {
          input: { agendaItemId: agenda[item].id, text: 'I flussi turistici crescono nei borghi.' },
        });
      expect((await opinion(1)).errors).toBeUndefined();
      const outside = onlyError(await opinion(2));
      expect(outside.extensions?.code).toBe('FORBIDDEN');
      expect(outside.message).toMatch(/outside the phases and areas of the engagement/);
      expect(code(await opinion(1, 'outsider'))).toBe('FORBIDDEN');

      await api.sql(`UPDATE expert_engagements SET starts_on = '2099-01-01' WHERE user_id = $1`, [
        people.expert.id,
      ]);
      const early = onlyError(await opinion(1));
      expect(early).toMatchObject({ extensions: { code: 'FORBIDDEN' } });
      expect(early.message).toMatch(/the engagement starts on 2099-01-01/);
      expect(await count('SELECT count(*) AS n FROM expert_opinions')).toBe(1);
    });
  });

  describe('minutes', () => {
    let nextMeetingId: string;

    it('closes the meeting, then the secretary drafts minutes that only members read', async () => {
      expect(code(await as('p3').request(CLOSE_MEETING, { id: meetingId }))).toBe('FORBIDDEN');
      const closed = await as('chair').request<{ closeMeeting: { status: string } }>(CLOSE_MEETING, {
        id: meetingId,
      });
      expect(closed.data!.closeMeeting.status).toBe('CLOSED');
      const DRAFT = `mutation ($input: DraftMinutesInput!) { draftMinutes(input: $input) { minutesStatus } }`;
      const text = 'Verbale: la Cabina nomina il Comitato operativo.';
      expect(code(await as('chair').request(DRAFT, { input: { meetingId, text } }))).toBe('FORBIDDEN');
      const drafted = await as('secretary').request<{ draftMinutes: { minutesStatus: string } }>(DRAFT, {
        input: { meetingId, text },
      });
      expect(drafted.data!.draftMinutes.minutesStatus).toBe('DRAFT');
      const read = async (who: Client) =>
        (await who.request<{ meeting: { minutes: string | null } }>(MEETING, { id: meetingId })).data!.meeting
          .minutes;
      expect(await read(as('c3'))).toBe(text);
      expect(await read(as('outsider'))).toBeNull();
      expect(await read(api.client())).toBeNull();
    });

    it('approves them at a later meeting with its quorum, after which they are public', async () => {
      const APPROVE = `mutation ($input: ApproveMinutesInput!) { approveMinutes(input: $input) { minutesStatus } }`;
      const next = await as('chair').request<{ scheduleMeeting: { id: string } }>(SCHEDULE, {
        input: meetingInput({
          startsAt: inMinutes(10),
          agenda: [{ title: 'Approvazione del verbale', subjectKind: 'DOCUMENT' }],
        }),
      });
      nextMeetingId = next.data!.scheduleMeeting.id;
      const approve = { meetingId, atMeetingId: nextMeetingId };
      expect(code(await as('chair').request(APPROVE, { input: approve }))).toBe('CONFLICT');
      await as('chair').request(START, { id: nextMeetingId });
      const noQuorum = onlyError(await as('chair').request(APPROVE, { input: approve }));
      expect(noQuorum).toMatchObject({ extensions: { code: 'CONFLICT' } });
      expect(noQuorum.message).toMatch(/no quorum: 0 present, 4 needed/);
      await as('secretary').request(ATTEND, {
        input: {
          meetingId: nextMeetingId,
          entries: ['chair', 'p3', 'c1', 'c2'].map((who) => ({
            membershipId: seats[who],
            status: 'PRESENT',
          })),
        },
      });
      expect(code(await as('c1').request(APPROVE, { input: approve }))).toBe('FORBIDDEN');
      const approved = await as('chair').request<{ approveMinutes: { minutesStatus: string } }>(APPROVE, {
        input: approve,
      });
      expect(approved.data!.approveMinutes.minutesStatus).toBe('APPROVED');
      const { data } = await api
        .client()
        .request<{ meeting: { minutes: string } }>(MEETING, { id: meetingId });
      expect(data!.meeting.minutes).toMatch(/^Verbale/);
    });

    it('closes a vote at its deadline without the chair, for members who did not attend', async () => {
      const item = await api.sql<{ id: string }>('SELECT id FROM agenda_items WHERE meeting_id = $1', [
        nextMeetingId,
      ]);
      const opened = await as('chair').request<{ openVote: { id: string } }>(OPEN_VOTE, {
        input: {
          agendaItemId: item[0].id,
          title: 'Procedura scritta',
          deadline: new Date(Date.now() + 3000).toISOString(),
        },
      });
      const writtenVote = opened.data!.openVote.id;
      // c3 was not recorded at this meeting, but a vote with a deadline is answered without attending.
      expect(
        (await as('c3').request(CAST, { input: { voteId: writtenVote, choice: 'FOR' } })).errors,
      ).toBeUndefined();
      let decisions = 0;
      for (let waited = 0; waited < 20_000 && decisions === 0; waited += 500) {
        await new Promise((resolve) => setTimeout(resolve, 500));
        decisions = await count('SELECT count(*) AS n FROM decisions WHERE vote_id = $1', [writtenVote]);
      }
      expect(decisions).toBe(1);
      expect(
        await count(
          `SELECT count(*) AS n FROM audit_entries WHERE action = 'vote.closed-at-deadline' AND actor_id IS NULL`,
        ),
      ).toBe(1);
    }, 30_000);
  });

  describe('the audit trail', () => {
    const AUDIT = `query ($action: String, $actorId: ID, $subjectId: String) {
      auditLog(first: 100, action: $action, actorId: $actorId, subjectId: $subjectId) { items { action actorId subjectId } hasMore } }`;

    it('gives administrators the log filtered by action family, actor and subject; nobody else', async () => {
      expect(code(await as('chair').request(AUDIT, {}))).toBe('FORBIDDEN');
      const byFamily = await admin.request<{ auditLog: { items: { action: string }[] } }>(AUDIT, {
        action: 'meeting.',
      });
      const actions = byFamily.data!.auditLog.items.map((i) => i.action);
      expect(actions.length).toBeGreaterThan(0);
      expect(actions.every((a) => a.startsWith('meeting.'))).toBe(true);
      const bySecretary = await admin.request<{ auditLog: { items: { actorId: string }[] } }>(AUDIT, {
        actorId: people.secretary.id,
      });
      expect(new Set(bySecretary.data!.auditLog.items.map((i) => i.actorId))).toEqual(
        new Set([people.secretary.id]),
      );
      const onVote = await admin.request<{ auditLog: { items: { action: string }[] } }>(AUDIT, {
        subjectId: voteId,
        action: 'vote.closed',
      });
      expect(onVote.data!.auditLog.items).toHaveLength(1);
    });

    it('holds exactly one entry per successful mutation of this file, none for the refused ones', async () => {
      const rows = await api.sql<{ action: string; n: string }>(
        `SELECT action, count(*) AS n FROM audit_entries WHERE action ~ '^(meeting|vote|expert|membership)\\.' GROUP BY action`,
      );
      expect(Object.fromEntries(rows.map((r) => [r.action, Number(r.n)]))).toEqual({
        'membership.appointed': 8,
        'meeting.scheduled': 2,
        'meeting.started': 2,
        'meeting.attendance-recorded': 4,
        'meeting.closed': 1,
        'meeting.minutes-drafted': 1,
        'meeting.minutes-approved': 1,
        'vote.opened': 3,
        'vote.cast': 50 + 7 + 1,
        'vote.closed': 2,
        'vote.closed-at-deadline': 1,
        'expert.engaged': 1,
        'expert.opinion-submitted': 1,
      });
    });

    it('is append-only: the database refuses to change or delete an entry', async () => {
      await expect(api.sql(`UPDATE audit_entries SET action = 'x'`)).rejects.toThrow(/append-only/);
      await expect(api.sql('DELETE FROM audit_entries')).rejects.toThrow(/append-only/);
    });
  });

  describe('revocation', () => {
    it("takes the body's room away from a member whose membership ends, at once", async () => {
      const leaving = await connect(as('c3'));
      const staying = await connect(as('c1'));
      for (const socket of [leaving, staying]) await join(socket, bodyRoom(cabinaId));
      const heard = { leaving: [] as RoomEvent[], staying: [] as RoomEvent[] };
      leaving.on('event', (event) => heard.leaving.push(event));
      staying.on('event', (event) => heard.staying.push(event));
      const END = `mutation ($input: EndMembershipInput!) { endMembership(input: $input) { endedOn } }`;
      const ended = await admin.request(END, {
        input: { membershipId: seats.c3, endedOn: '2026-06-30', reason: 'Dimissioni' },
      });
      expect(ended.errors).toBeUndefined();
      await new Promise((resolve) => setTimeout(resolve, 300));
      await as('chair').request(SCHEDULE, { input: meetingInput({ startsAt: inMinutes(60) }) });
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(heard.staying.map((e) => e.type)).toContain(GOVERNANCE_EVENTS.MEETING_UPDATED);
      expect(heard.leaving).toEqual([]);
      expect(await join(leaving, bodyRoom(cabinaId))).toEqual({ ok: false, error: 'FORBIDDEN' });
    });
  });
});
