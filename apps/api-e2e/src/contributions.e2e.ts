import { randomUUID } from 'node:crypto';
import { onlyError, type GraphQLClient, type GraphQLResponse } from '@piano2030/api-testing';
import {
  CONTRIBUTION_EVENTS,
  consultationRoom,
  threadRoom,
  type ContributionEventPayload,
  type RoomEvent,
} from '@piano2030/shared-realtime-contracts';
import { startApi, type RunningApi } from './support/api-process';
import { ok, seatBoards, type Boards } from './support/boards';
import { openConsultation } from './support/consultations';
import { registeredFromOwnAddress, signedInBrowser } from './support/sign-in';
import { connectSocket, joinRoom, type ClientSocket } from './support/sockets';

const ADMIN = { email: 'segreteria@provincia.example', password: 'password amministratore' };
const FIELDS = `id parentId threadId depth kind status body replyCount supportCount editCount viewerSupports
  author { name organisationName category } anchor { kind ref }`;
const POST = `mutation ($input: PostContributionInput!) { postContribution(input: $input) { ${FIELDS} } }`;
const EDIT = `mutation ($input: EditContributionInput!) { editContribution(input: $input) { ${FIELDS} } }`;
const SUPPORT = `mutation ($id: ID!) { supportContribution(id: $id) { id supportCount viewerSupports } }`;
const WITHDRAW = `mutation ($id: ID!) { withdrawSupport(id: $id) { id supportCount viewerSupports } }`;
const PAGE = `query ($c: ID!, $p: ID, $first: Int, $after: String) {
  contributions(consultationId: $c, parentId: $p, first: $first, after: $after) {
    nodes { ${FIELDS} } endCursor hasNextPage totalCount lastEventSeq } }`;
const SINCE = `query ($c: ID!, $after: Int!, $t: ID) { contributionEventsSince(consultationId: $c, after: $after, threadId: $t) {
  lastSeq hasMore events { seq type contributionId threadId contribution { id body } } } }`;
const MINE = `{ myContributions { totalCount nodes { id status body } } }`;
const REVISIONS = `query ($id: ID!) { contributionRevisions(id: $id) { body } }`;
const CLOSE = `mutation ($id: ID!) { closeConsultation(id: $id) { id status } }`;

type Contribution = {
  id: string;
  parentId: string | null;
  threadId: string;
  depth: number;
  status: string;
  body: string | null;
  replyCount: number;
  supportCount: number;
  editCount: number;
  viewerSupports: boolean;
  author: { name: string; organisationName: string | null; category: string };
};

const code = (response: GraphQLResponse<unknown>) => onlyError(response).extensions?.code;
const fieldErrors = (response: GraphQLResponse<unknown>) =>
  (onlyError(response).extensions?.fieldErrors ?? {}) as Record<string, string[]>;

describe('contributions: posting, threads, supports, edits, live rooms and catch-up', () => {
  let api: RunningApi;
  let boards: Boards;
  let consultationId: string;
  let citizen: GraphQLClient;
  let neighbour: GraphQLClient;
  const sockets: ClientSocket[] = [];
  const count = async (sql: string, params: unknown[] = []) =>
    Number((await api.sql<{ n: string }>(sql, params))[0].n);
  const post = (who: GraphQLClient, input: Record<string, unknown>) =>
    who.request<{ postContribution: Contribution }>(POST, {
      input: { consultationId, kind: 'PROPOSAL', idempotencyKey: randomUUID(), ...input },
    });
  const posted = async (who: GraphQLClient, input: Record<string, unknown>) => {
    const response = await post(who, input);
    if (response.errors) throw new Error(JSON.stringify(response.errors));
    return response.data!.postContribution;
  };

  beforeAll(async () => {
    api = await startApi({
      ADMIN_EMAIL: ADMIN.email,
      ADMIN_PASSWORD: ADMIN.password,
      COUNT_SQL_STATEMENTS: 'true',
      // The notifications' background passes would add their statements to the counted window.
      NOTIFICATIONS_POLL_MS: '0',
      TRUST_PROXY: 'true',
    });
    const admin = await signedInBrowser(api, ADMIN.email, ADMIN.password);
    boards = await seatBoards(api, admin, ['PS6']);
    consultationId = await openConsultation(boards.people['k1'].client);
  });
  // The per-minute limit is per person: each test takes part as new people.
  beforeEach(async () => {
    const tag = randomUUID().slice(0, 8);
    citizen = await registeredFromOwnAddress(api, `maria.rossi.${tag}@example.org`);
    neighbour = await registeredFromOwnAddress(api, `giulio.bianchi.${tag}@example.org`);
  });
  afterAll(async () => {
    sockets.forEach((socket) => socket.disconnect());
    await api?.stop();
  });

  it('posts a contribution that the public reads under initials, with an audit row', async () => {
    const mine = await posted(citizen, {
      kind: 'REQUEST',
      body: 'Servono **fontanelle** lungo la Via del Volto Santo.',
    });
    expect(mine).toMatchObject({ depth: 1, status: 'PUBLISHED', parentId: null, threadId: mine.id });
    // Registered as "maria.rossi.<tag>": one word, one initial.
    expect(mine.author).toEqual({ name: 'M.', organisationName: null, category: 'CITIZEN' });
    const { contributions } = await ok<{ contributions: { nodes: Contribution[]; totalCount: number } }>(
      api.client(),
      PAGE,
      { c: consultationId },
    );
    expect(contributions.nodes.map((c) => c.body)).toContain(mine.body);
    expect(
      await count(
        `SELECT count(*) n FROM audit_entries WHERE action = 'contribution.posted' AND subject_id = $1`,
        [mine.id],
      ),
    ).toBe(1);
    expect(
      await count('SELECT contribution_count n FROM consultations WHERE id = $1', [consultationId]),
    ).toBe(
      await count(
        `SELECT count(*) n FROM contributions WHERE consultation_id = $1 AND status = 'PUBLISHED'`,
        [consultationId],
      ),
    );
  });

  it('answers the same idempotency key with the same contribution, even sent five times at once', async () => {
    const idempotencyKey = randomUUID();
    const input = { body: 'Un servizio di navetta per i camminatori.', idempotencyKey };
    const answers = await Promise.all([1, 2, 3, 4, 5].map(() => posted(citizen, input)));
    expect(new Set(answers.map((answer) => answer.id)).size).toBe(1);
    expect(
      await count('SELECT count(*) n FROM contributions WHERE idempotency_key = $1', [idempotencyKey]),
    ).toBe(1);
  });

  it('threads replies to depth 3 and refuses a fourth level, writing nothing', async () => {
    const root = await posted(citizen, { body: 'Radice della discussione.' });
    const reply = await posted(neighbour, { parentId: root.id, kind: 'COMMENT', body: 'Risposta.' });
    const deeper = await posted(citizen, {
      parentId: reply.id,
      kind: 'COMMENT',
      body: 'Risposta alla risposta.',
    });
    expect([reply.depth, deeper.depth, deeper.threadId]).toEqual([2, 3, root.id]);
    const before = await count('SELECT count(*) n FROM contributions');
    const tooDeep = await post(neighbour, { parentId: deeper.id, kind: 'COMMENT', body: 'Quarto livello.' });
    expect(fieldErrors(tooDeep).parentId?.[0]).toMatch(/at most 3 levels/);
    expect(await count('SELECT count(*) n FROM contributions')).toBe(before);
    const replies = await ok<{ contributions: { nodes: Contribution[]; totalCount: number } }>(
      api.client(),
      PAGE,
      {
        c: consultationId,
        p: root.id,
      },
    );
    expect(replies.contributions.nodes.map((c) => c.id)).toEqual([reply.id]);
    expect(
      (
        await ok<{ contributions: { nodes: Contribution[] } }>(api.client(), PAGE, { c: consultationId })
      ).contributions.nodes.find((c) => c.id === root.id)?.replyCount,
    ).toBe(1);
  });

  it('refuses bad bodies each with its own message, and stores markup as text', async () => {
    const before = await count('SELECT count(*) n FROM contributions');
    expect(fieldErrors(await post(citizen, { body: '   ' })).body).toEqual(['body must not be empty']);
    expect(fieldErrors(await post(citizen, { body: 'x'.repeat(5001) })).body?.[0]).toMatch(/at most 5000/);
    expect(fieldErrors(await post(citizen, { body: 'nul\u0000byte' })).body).toEqual([
      'body must not contain NUL characters',
    ]);
    expect(code(await post(citizen, { body: 'Testo', kind: 'RANT' }))).toBe('BAD_USER_INPUT');
    expect(code(await post(api.client(), { body: 'Anonimo' }))).toBe('UNAUTHENTICATED');
    expect(await count('SELECT count(*) n FROM contributions')).toBe(before);
    const script = `<script>alert(1)</script><img src=x onerror="alert(2)"> ' OR 1=1; --`;
    expect((await posted(citizen, { body: script })).body).toBe(script);
  });

  it('anchors only to what the consultation is about', async () => {
    const wrong = await post(citizen, {
      body: 'Su un intervento',
      anchor: { kind: 'INTERVENTION', ref: randomUUID() },
    });
    expect(fieldErrors(wrong).anchor?.[0]).toMatch(/interventions/);
    const paragraph = await posted(citizen, {
      body: 'Sul paragrafo 2.1',
      anchor: { kind: 'PARAGRAPH', ref: '2.1' },
    });
    expect(paragraph).toMatchObject({ anchor: { kind: 'PARAGRAPH', ref: '2.1' } });
  });

  it('takes one support per person, never the author own, and lets it be withdrawn', async () => {
    const target = await posted(citizen, { body: 'Da sostenere.' });
    const supported = await ok<{ supportContribution: Contribution }>(neighbour, SUPPORT, { id: target.id });
    expect(supported.supportContribution).toMatchObject({ supportCount: 1, viewerSupports: true });
    expect(code(await neighbour.request(SUPPORT, { id: target.id }))).toBe('CONFLICT');
    expect(code(await citizen.request(SUPPORT, { id: target.id }))).toBe('CONFLICT');
    const withdrawn = await ok<{ withdrawSupport: Contribution }>(neighbour, WITHDRAW, { id: target.id });
    expect(withdrawn.withdrawSupport).toMatchObject({ supportCount: 0, viewerSupports: false });
    expect(
      await count('SELECT count(*) n FROM contribution_supports WHERE contribution_id = $1', [target.id]),
    ).toBe(0);
  });

  it('lets only the author edit, within the window, keeping the earlier text', async () => {
    const target = await posted(citizen, { body: 'Prima versione.' });
    expect(code(await neighbour.request(EDIT, { input: { id: target.id, body: 'Altro' } }))).toBe(
      'FORBIDDEN',
    );
    const edited = await ok<{ editContribution: Contribution }>(citizen, EDIT, {
      input: { id: target.id, body: 'Seconda versione.' },
    });
    expect(edited.editContribution).toMatchObject({ body: 'Seconda versione.', editCount: 1 });
    expect(await ok(api.client(), REVISIONS, { id: target.id })).toEqual({
      contributionRevisions: [{ body: 'Prima versione.' }],
    });
    // Fifteen minutes later, the text is what it is.
    await api.sql(`UPDATE contributions SET created_at = now() - interval '16 minutes' WHERE id = $1`, [
      target.id,
    ]);
    expect(code(await citizen.request(EDIT, { input: { id: target.id, body: 'Terza versione.' } }))).toBe(
      'CONFLICT',
    );
  });

  it('pages roots with cursors, in constant SQL statements whatever the page size', async () => {
    const other = await openConsultation(boards.people['k2'].client, { title: 'Cultura e grandi eventi' });
    let writer = citizen;
    for (let i = 0; i < 25; i += 1) {
      // The per-minute limit is per person: a new writer every ten contributions.
      if (i === 10 || i === 20)
        writer = await registeredFromOwnAddress(api, `scrittore${i}.${randomUUID()}@example.org`);
      await ok(writer, POST, {
        input: {
          consultationId: other,
          kind: 'OBSERVATION',
          body: `Osservazione ${i}`,
          idempotencyKey: randomUUID(),
        },
      });
    }
    const first = await ok<{
      contributions: { nodes: Contribution[]; endCursor: string; hasNextPage: boolean; totalCount: number };
    }>(api.client(), PAGE, { c: other, first: 20 });
    expect(first.contributions).toMatchObject({ hasNextPage: true, totalCount: 25 });
    // Where to listen from, read with the page: 25 posts, 25 events (the opening is one more).
    const [{ seq }] = await api.sql<{ seq: number }>(
      'SELECT last_event_seq AS seq FROM consultations WHERE id = $1',
      [other],
    );
    expect(seq).toBeGreaterThanOrEqual(25);
    expect((first.contributions as unknown as { lastEventSeq: number }).lastEventSeq).toBe(seq);
    const empty = await openConsultation(boards.people['k2'].client, { title: 'Nessun contributo ancora' });
    expect(
      (
        await ok<{ contributions: { nodes: unknown[]; lastEventSeq: number } }>(api.client(), PAGE, {
          c: empty,
        })
      ).contributions,
    ).toMatchObject({ nodes: [], lastEventSeq: expect.any(Number) });
    const second = await ok<{ contributions: { nodes: Contribution[]; hasNextPage: boolean } }>(
      api.client(),
      PAGE,
      {
        c: other,
        first: 20,
        after: first.contributions.endCursor,
      },
    );
    expect(second.contributions.hasNextPage).toBe(false);
    expect([...first.contributions.nodes, ...second.contributions.nodes].map((c) => c.body)).toEqual(
      Array.from({ length: 25 }, (_, i) => `Osservazione ${i}`),
    );
    expect(code(await api.client().request(PAGE, { c: other, after: 'not-a-cursor' }))).toBe(
      'BAD_USER_INPUT',
    );

    const statements = async (variables: Record<string, unknown>) => {
      const read = async () =>
        ((await (await fetch(`${api.baseUrl}/diagnostics/sql-statements`)).json()) as { statements: number })
          .statements;
      const before = await read();
      await ok(citizen, PAGE, variables);
      return (await read()) - before;
    };
    const small = await statements({ c: other, first: 1 });
    expect(await statements({ c: other, first: 25 })).toBe(small);
    expect(await statements({ c: consultationId, first: 100 })).toBe(small);
    expect(small).toBeLessThanOrEqual(4);
  });

  it('tells the room live, and a client that was away gets all it missed, once each', async () => {
    const listener = await connectSocket(api.baseUrl);
    sockets.push(listener);
    expect(await joinRoom(listener, consultationRoom(consultationId))).toEqual({
      ok: true,
      room: consultationRoom(consultationId),
    });
    const heard = new Promise<RoomEvent<ContributionEventPayload>>((resolve) =>
      listener.on(
        'event',
        (event) =>
          event.type === CONTRIBUTION_EVENTS.PUBLISHED &&
          resolve(event as RoomEvent<ContributionEventPayload>),
      ),
    );
    const live = await posted(neighbour, { body: 'In diretta.' });
    const event = await heard;
    expect(event.payload).toMatchObject({
      consultationId,
      contributionId: live.id,
      contribution: { id: live.id, body: 'In diretta.', authorName: 'G.' },
    });
    const lastSeen = event.payload.seq;
    listener.disconnect();

    const missed: string[] = [];
    const writers = [citizen, neighbour];
    for (let i = 0; i < 10; i += 1)
      missed.push((await posted(writers[i % 2], { body: `Mentre eri via ${i}` })).id);

    const since = await ok<{
      contributionEventsSince: {
        lastSeq: number;
        hasMore: boolean;
        events: { seq: number; type: string; contributionId: string }[];
      };
    }>(api.client(), SINCE, { c: consultationId, after: lastSeen });
    const events = since.contributionEventsSince.events;
    expect(events.map((e) => e.seq)).toEqual(
      Array.from({ length: events.length }, (_, i) => lastSeen + 1 + i),
    );
    const published = events
      .filter((e) => e.type === CONTRIBUTION_EVENTS.PUBLISHED)
      .map((e) => e.contributionId);
    expect(published).toEqual(missed);
    expect(since.contributionEventsSince).toMatchObject({ hasMore: false, lastSeq: events.at(-1)?.seq });
  });

  it('opens thread rooms to anyone, and refuses rooms of unknown threads', async () => {
    const root = await posted(citizen, { body: 'Un filo.' });
    const socket = await connectSocket(api.baseUrl);
    sockets.push(socket);
    expect(await joinRoom(socket, threadRoom(root.id))).toEqual({ ok: true, room: threadRoom(root.id) });
    expect(await joinRoom(socket, threadRoom(randomUUID()))).toEqual({ ok: false, error: 'FORBIDDEN' });
  });

  it('lists my contributions, and limits how many a person posts a minute', async () => {
    const hurried = await registeredFromOwnAddress(api, 'frettoloso@example.org');
    for (let i = 0; i < 10; i += 1) await posted(hurried, { body: `Di corsa ${i}` });
    const eleventh = await post(hurried, { body: 'Uno di troppo' });
    expect(code(eleventh)).toBe('TOO_MANY_REQUESTS');
    const { myContributions } = await ok<{
      myContributions: { totalCount: number; nodes: { body: string }[] };
    }>(hurried, MINE);
    expect(myContributions.totalCount).toBe(10);
    expect(myContributions.nodes[0].body).toBe('Di corsa 9');
  });

  it('refuses contributions once the consultation is closed, writing nothing', async () => {
    await ok(boards.people['k1'].client, CLOSE, { id: consultationId });
    const before = await count('SELECT count(*) n FROM contributions');
    const late = await post(citizen, { body: 'Troppo tardi.' });
    expect(code(late)).toBe('CONFLICT');
    expect(onlyError(late).message).toMatch(/closed/);
    expect(await count('SELECT count(*) n FROM contributions')).toBe(before);
  });
});
