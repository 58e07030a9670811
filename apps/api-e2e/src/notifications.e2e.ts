import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { onlyError, type GraphQLClient, type GraphQLResponse } from '@piano2030/api-testing';
import {
  NOTIFICATION_EVENTS,
  userRoom,
  type NotificationEventPayload,
  type RoomEvent,
} from '@piano2030/shared-realtime-contracts';
import { startApi, type RunningApi } from './support/api-process';
import { ok, seatBoards } from './support/boards';
import { openConsultation } from './support/consultations';
import { registeredFromOwnAddress, signedInBrowser } from './support/sign-in';
import { connectSocket, joinRoom, type ClientSocket } from './support/sockets';

const ADMIN = { email: 'segreteria@provincia.example', password: 'password amministratore' };
const POST = `mutation ($input: PostContributionInput!) { postContribution(input: $input) { id status } }`;
const LIST = `query ($first: Int, $after: String, $unreadOnly: Boolean) {
  notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {
    unreadCount hasNextPage endCursor
    nodes { id kind consultationId consultationTitle contributionId excerpt actorName organisationName mentioned
            outcome reason createdAt readAt } } }`;
const UNREAD = `{ unreadNotificationCount }`;
const MARK = `mutation ($ids: [ID!], $all: Boolean) { markNotificationsRead(ids: $ids, all: $all) }`;
const PREFERENCES = `{ notificationPreferences { reply disposition mention moderation } }`;
const SET_PREFERENCES = `mutation ($input: SetNotificationPreferencesInput!) {
  setNotificationPreferences(input: $input) { reply disposition mention moderation } }`;
const OUTBOX = `query ($first: Int, $after: String, $unsentOnly: Boolean) {
  emailOutbox(first: $first, after: $after, unsentOnly: $unsentOnly) {
    hasNextPage endCursor nodes { id userId toAddress subject textBody kind sentAt attempts lastError } } }`;
const DIGESTS = `mutation { sendDailyDigests }`;
const SET_ANSWER = `mutation ($input: SetDispositionInput!) { setDisposition(input: $input) { version } }`;
const PUBLISH_ANSWERS = `mutation ($input: PublishDispositionsInput!) { publishDispositions(input: $input) }`;
const MODERATE = `mutation ($input: ModerateContributionInput!) { moderateContribution(input: $input) { id status } }`;
const REQUEST = `mutation ($input: RequestRepresentationInput!) { requestRepresentation(input: $input) {
  id organisation { id } } }`;
const VERIFY = `mutation ($id: ID!) { verifyRepresentation(id: $id) { id } }`;
const SET_NAME_MODE = `mutation ($mode: PublicNameMode!) { setPublicNameMode(mode: $mode) { publicName } }`;

type Notification = {
  id: string;
  kind: string;
  consultationId: string;
  consultationTitle: string;
  contributionId: string;
  excerpt: string;
  actorName: string | null;
  organisationName: string | null;
  mentioned: string | null;
  outcome: string | null;
  reason: string | null;
  readAt: string | null;
};
type Page = { unreadCount: number; hasNextPage: boolean; endCursor: string | null; nodes: Notification[] };
type Outbox = {
  id: string;
  userId: string;
  toAddress: string;
  subject: string;
  textBody: string;
  kind: string;
  sentAt: string | null;
  attempts: number;
  lastError: string | null;
};
type Person = { client: GraphQLClient; id: string; email: string; name: string };

const code = (response: GraphQLResponse<unknown>) => onlyError(response).extensions?.code;

/** Polls until `probe` gives something truthy; fails naming what it waited for. */
async function waitFor<T>(
  what: string,
  probe: () => Promise<T>,
  timeoutMs = 10_000,
): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value as NonNullable<T>;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

describe('notifications: from the consultation event log to the list, the badge, the outbox and SMTP', () => {
  let api: RunningApi;
  let admin: GraphQLClient;
  let committee: GraphQLClient;
  let moderator: Person;
  let consultationId: string;
  let otherConsultationId: string;
  let preModeratedId: string;
  const sockets: ClientSocket[] = [];
  const titles = {
    main: 'Turismo lento in Valle del Serchio',
    other: 'Filiere agroalimentari della Garfagnana',
    preModerated: 'Botteghe storiche del centro di Lucca',
  };

  const count = async (sql: string, params: unknown[] = []) =>
    Number((await api.sql<{ n: string }>(sql, params))[0].n);
  const person = async (name: string): Promise<Person> => {
    const email = `${name}.${randomUUID().slice(0, 8)}@example.org`;
    const client = await registeredFromOwnAddress(api, email);
    const { me } = await ok<{ me: { id: string } }>(client, '{ me { id } }');
    return { client, id: me.id, email, name: email.split('@')[0] };
  };
  const post = async (who: Person, body: string, extra: Record<string, unknown> = {}) =>
    (
      await ok<{ postContribution: { id: string; status: string } }>(who.client, POST, {
        input: { consultationId, kind: 'PROPOSAL', body, idempotencyKey: randomUUID(), ...extra },
      })
    ).postContribution;
  const list = async (who: Person, variables: Record<string, unknown> = { first: 100 }) =>
    (await ok<{ notifications: Page }>(who.client, LIST, variables)).notifications;
  const outboxOf = async (who: Person) =>
    api.sql<{ kind: string; subject: string; text_body: string; to_address: string; sent_at: Date | null }>(
      'SELECT kind, subject, text_body, to_address, sent_at FROM email_outbox WHERE user_id = $1 ORDER BY created_at',
      [who.id],
    );
  /** Every event logged so far has been read by the projector (in whichever instance). */
  const projected = () =>
    waitFor('the projector to read every event', async () =>
      (await count('SELECT count(*) n FROM consultation_events WHERE notified_at IS NULL')) === 0
        ? true
        : null,
    );
  const notified = (who: Person, kind: string, contributionId: string) =>
    waitFor(`a ${kind} notification`, async () =>
      (await list(who)).nodes.find((n) => n.kind === kind && n.contributionId === contributionId),
    );
  const listen = async (who: Person) => {
    const socket = await connectSocket(api.baseUrl, who.client.cookieHeader());
    sockets.push(socket);
    expect(await joinRoom(socket, userRoom(who.id))).toEqual({ ok: true, room: userRoom(who.id) });
    const heard: { event: RoomEvent<NotificationEventPayload>; at: number }[] = [];
    socket.on('event', (event) =>
      heard.push({ event: event as RoomEvent<NotificationEventPayload>, at: Date.now() }),
    );
    return heard;
  };

  beforeAll(async () => {
    api = await startApi({
      ADMIN_EMAIL: ADMIN.email,
      ADMIN_PASSWORD: ADMIN.password,
      TRUST_PROXY: 'true',
      // The digests are written on request here (sendDailyDigests), never by the clock mid-test.
      DIGEST_HOUR: 'off',
      PUBLIC_URL: 'https://piano2030.example.org',
    });
    admin = await signedInBrowser(api, ADMIN.email, ADMIN.password);
    const boards = await seatBoards(api, admin, ['PS6']);
    committee = boards.people['k1'].client;
    consultationId = await openConsultation(committee, { title: titles.main });
    otherConsultationId = await openConsultation(committee, { title: titles.other });
    preModeratedId = await openConsultation(committee, { title: titles.preModerated, preModeration: true });
    moderator = await person('moderatrice');
    // No operation grants the moderator role: it is given as the seeds would.
    await api.sql(`INSERT INTO user_roles (user_id, role) VALUES ($1, 'MODERATOR')`, [moderator.id]);
  }, 120_000);
  afterAll(async () => {
    sockets.forEach((socket) => socket.disconnect());
    await api?.stop();
  });

  it('tells the author of a reply at once, live on their own room with the unread count, by e-mail, never the replier', async () => {
    const maria = await person('maria');
    const giulio = await person('giulio');
    const root = await post(maria, 'Servono fontanelle lungo la Via del Volto Santo.');
    const heard = await listen(maria);
    const sentAt = Date.now();
    const reply = await post(giulio, 'D’accordo: e anche panchine ombreggiate ogni due chilometri.', {
      parentId: root.id,
      kind: 'COMMENT',
    });
    const live = await waitFor('the live notifications.created event', async () =>
      heard.find((h) => h.event.type === NOTIFICATION_EVENTS.CREATED),
    );
    const latencyMs = live.at - sentAt;
    console.log(
      `notifications: reply posted -> notifications.created on the author's socket in ${latencyMs} ms`,
    );
    expect(latencyMs).toBeLessThan(3_000);
    expect(live.event).toMatchObject({ room: userRoom(maria.id), payload: { unreadCount: 1 } });

    const page = await list(maria);
    expect(page.unreadCount).toBe(1);
    expect(page.nodes).toEqual([
      expect.objectContaining({
        kind: 'REPLY',
        consultationId,
        consultationTitle: titles.main,
        contributionId: reply.id,
        excerpt: 'D’accordo: e anche panchine ombreggiate ogni due chilometri.',
        actorName: 'G.',
        organisationName: null,
        readAt: null,
      }),
    ]);
    expect(
      (await ok<{ unreadNotificationCount: number }>(maria.client, UNREAD)).unreadNotificationCount,
    ).toBe(1);
    expect((await list(giulio)).nodes).toEqual([]);

    // Immediate by default: one e-mail in the outbox, Italian first, with a link to the contribution.
    const [email, ...more] = await outboxOf(maria);
    expect(more).toEqual([]);
    expect(email).toMatchObject({ kind: 'IMMEDIATE', to_address: maria.email, sent_at: null });
    expect(email.subject).toMatch(/Nuova risposta.*New reply/);
    const italian = email.text_body.indexOf('ha risposto al tuo contributo');
    expect(italian).toBeGreaterThanOrEqual(0);
    expect(email.text_body.indexOf('replied to your contribution')).toBeGreaterThan(italian);
    expect(email.text_body).toContain(
      `https://piano2030.example.org/consultazioni/${consultationId}#contributo-${reply.id}`,
    );
    // The replier's address never appears in what the author receives.
    expect(email.text_body).not.toContain(giulio.email);

    // Replying to oneself tells nobody.
    const own = await post(maria, 'Aggiungo: anche a Camaiore.', { parentId: root.id, kind: 'COMMENT' });
    await projected();
    expect((await list(maria)).nodes.map((n) => n.contributionId)).toEqual([reply.id]);
    expect(await count('SELECT count(*) n FROM notifications WHERE contribution_id = $1', [own.id])).toBe(0);
  });

  it('tells the author of a published answer with its outcome, not of one only prepared', async () => {
    const anna = await person('anna');
    const mine = await post(anna, 'Un bus navetta tra Lucca e Barga nei fine settimana.');
    await ok(committee, SET_ANSWER, {
      input: {
        contributionId: mine.id,
        outcome: 'REJECTED',
        reasons: 'Il servizio è già finanziato dalla Regione.',
      },
    });
    await projected();
    expect((await list(anna)).nodes).toEqual([]);
    await ok(committee, PUBLISH_ANSWERS, { input: { consultationId, contributionIds: [mine.id] } });
    const answer = await notified(anna, 'DISPOSITION', mine.id);
    expect(answer).toMatchObject({
      outcome: 'REJECTED',
      reason: 'Il servizio è già finanziato dalla Regione.',
      excerpt: 'Un bus navetta tra Lucca e Barga nei fine settimana.',
      consultationTitle: titles.main,
    });
    expect(await count('SELECT count(*) n FROM notifications WHERE contribution_id = $1', [mine.id])).toBe(1);
  });

  it('tells the verified representatives of an organisation that took part when it is mentioned, once, never the author', async () => {
    const rep = await person('rappresentante');
    const pending = await person('richiedente');
    const name = `Confcommercio Lucca ${randomUUID().slice(0, 4)}`;
    const { requestRepresentation } = await ok<{
      requestRepresentation: { id: string; organisation: { id: string } };
    }>(rep.client, REQUEST, {
      input: { title: 'Presidente', newOrganisation: { name, category: 'BUSINESS_ASSOCIATION' } },
    });
    await ok(admin, VERIFY, { id: requestRepresentation.id });
    // A second person only asked to represent it: not verified, not told.
    await ok(pending.client, REQUEST, {
      input: { title: 'Segretario', organisationId: requestRepresentation.organisation.id },
    });
    // An organisation that has not taken part in this consultation is nobody to mention here.
    const absent = await person('assente');
    const absentName = `CNA Lucca ${randomUUID().slice(0, 4)}`;
    const absentRequest = await ok<{ requestRepresentation: { id: string } }>(absent.client, REQUEST, {
      input: { title: 'Direttore', newOrganisation: { name: absentName, category: 'BUSINESS_ASSOCIATION' } },
    });
    await ok(admin, VERIFY, { id: absentRequest.requestRepresentation.id });
    // A person who took part under their full name can be mentioned; one shown by initials cannot.
    const sara = await person('sara');
    await ok(sara.client, SET_NAME_MODE, { mode: 'FULL_NAME' });
    await post(sara, 'Propongo un marchio per le botteghe del cammino.');
    const hidden = await person('lorenzo');
    await post(hidden, 'Propongo degli ostelli comunali.');

    const theirs = await post(rep, 'Le imprese del commercio sono pronte a fare rete.', {
      organisationId: requestRepresentation.organisation.id,
    });
    const citizen = await person('citizen');
    const mention = await post(
      citizen,
      `Chiedo a @${name} di coinvolgere i negozi, e a @${sara.name} di dirci di più. Anche @${absentName} e @${hidden.name}?`,
    );
    const told = await notified(rep, 'MENTION', mention.id);
    expect(told).toMatchObject({ mentioned: name, actorName: 'C.', consultationTitle: titles.main });
    expect(told.excerpt).toContain(`@${name}`);
    expect(await notified(sara, 'MENTION', mention.id)).toMatchObject({ mentioned: sara.name });
    await projected();
    for (const nobody of [pending, absent, hidden, citizen]) expect((await list(nobody)).nodes).toEqual([]);

    // A reply to the representative that also mentions the organisation: one REPLY, no second MENTION.
    const both = await post(citizen, `Grazie @${name}!`, { parentId: theirs.id, kind: 'COMMENT' });
    await notified(rep, 'REPLY', both.id);
    await projected();
    expect((await list(rep)).nodes.filter((n) => n.contributionId === both.id).map((n) => n.kind)).toEqual([
      'REPLY',
    ]);
    // The representative mentioning their own organisation tells the others, never themself.
    const self = await post(rep, `Come @${name} confermiamo la disponibilità.`, {
      organisationId: requestRepresentation.organisation.id,
    });
    await projected();
    expect(await count('SELECT count(*) n FROM notifications WHERE contribution_id = $1', [self.id])).toBe(0);
  });

  it("tells the author their contribution was hidden, with the moderator's reason, and nobody of a text not public", async () => {
    const author = await person('autore');
    const hiddenOne = await post(author, 'Testo che viola la netiquette.');
    await ok(moderator.client, MODERATE, {
      input: {
        contributionId: hiddenOne.id,
        decision: 'HIDE',
        reason: 'Linguaggio offensivo verso altri partecipanti.',
      },
    });
    expect(await notified(author, 'MODERATION', hiddenOne.id)).toMatchObject({
      reason: 'Linguaggio offensivo verso altri partecipanti.',
      excerpt: 'Testo che viola la netiquette.',
    });

    // Pre-moderated: a reply waiting for review is not public, so its parent's author hears nothing yet.
    const host = await person('ospite');
    const replier = await person('replicante');
    const root = await post(host, 'Servono più botteghe aperte la domenica.', {
      consultationId: preModeratedId,
    });
    await ok(moderator.client, MODERATE, {
      input: { contributionId: root.id, decision: 'APPROVE', reason: 'Conforme alla netiquette.' },
    });
    const waiting = await post(replier, 'Testo ancora in revisione.', {
      consultationId: preModeratedId,
      parentId: root.id,
      kind: 'COMMENT',
    });
    expect(waiting.status).toBe('PENDING');
    await projected();
    expect((await list(host)).nodes).toEqual([]);
    await ok(moderator.client, MODERATE, {
      input: { contributionId: waiting.id, decision: 'APPROVE', reason: 'Conforme alla netiquette.' },
    });
    expect(await notified(host, 'REPLY', waiting.id)).toMatchObject({
      consultationTitle: titles.preModerated,
    });
  });

  it("marks one's own notifications read, refuses another's id writing nothing, and updates the badge live", async () => {
    const owner = await person('lettrice');
    const other = await person('curioso');
    const root = await post(owner, 'Una proposta da commentare.');
    const first = await post(other, 'Primo commento.', { parentId: root.id, kind: 'COMMENT' });
    const second = await post(other, 'Secondo commento.', { parentId: root.id, kind: 'COMMENT' });
    await notified(owner, 'REPLY', first.id);
    const { nodes } = await waitFor('two notifications', async () => {
      const page = await list(owner);
      return page.nodes.length === 2 ? page : null;
    });
    const [newest, oldest] = nodes;
    expect(newest.contributionId).toBe(second.id);
    const heard = await listen(owner);

    const audits = () => count(`SELECT count(*) n FROM audit_entries WHERE action = 'notifications.read'`);
    const before = await audits();
    expect(code(await other.client.request(MARK, { ids: [oldest.id] }))).toBe('NOT_FOUND');
    expect(code(await owner.client.request(MARK, { ids: [oldest.id, randomUUID()] }))).toBe('NOT_FOUND');
    expect(
      await count('SELECT count(*) n FROM notifications WHERE id = $1 AND read_at IS NOT NULL', [oldest.id]),
    ).toBe(0);
    expect(await audits()).toBe(before);
    expect(code(await owner.client.request(MARK, {}))).toBe('BAD_USER_INPUT');

    expect(
      (await ok<{ markNotificationsRead: number }>(owner.client, MARK, { ids: [oldest.id] }))
        .markNotificationsRead,
    ).toBe(1);
    expect(
      (await ok<{ markNotificationsRead: number }>(owner.client, MARK, { ids: [oldest.id] }))
        .markNotificationsRead,
    ).toBe(0);
    expect(await audits()).toBe(before + 2);
    const read = await waitFor('the live notifications.read event', async () =>
      heard.find((h) => h.event.type === NOTIFICATION_EVENTS.READ),
    );
    expect(read.event.payload).toEqual({ unreadCount: 1 });
    const unread = await list(owner, { first: 100, unreadOnly: true });
    expect([unread.unreadCount, unread.nodes.map((n) => n.id)]).toEqual([1, [newest.id]]);
    // Pages of one, newest first, with a cursor.
    const page1 = await list(owner, { first: 1 });
    const page2 = await list(owner, { first: 1, after: page1.endCursor });
    expect([page1.hasNextPage, page2.hasNextPage]).toEqual([true, false]);
    expect([...page1.nodes, ...page2.nodes].map((n) => n.id)).toEqual([newest.id, oldest.id]);

    expect(
      (await ok<{ markNotificationsRead: number }>(owner.client, MARK, { all: true })).markNotificationsRead,
    ).toBe(1);
    expect(
      (await ok<{ unreadNotificationCount: number }>(owner.client, UNREAD)).unreadNotificationCount,
    ).toBe(0);
  });

  it('follows each person’s choice: NONE writes no e-mail, DAILY none at once and then one digest grouped by consultation, once a day', async () => {
    const quiet = await person('silenziosa');
    const daily = await person('quotidiana');
    const idle = await person('inattivo');
    const others = [await person('primo'), await person('secondo')];
    expect(
      (await ok<{ notificationPreferences: Record<string, string> }>(quiet.client, PREFERENCES))
        .notificationPreferences,
    ).toEqual({
      reply: 'IMMEDIATE',
      disposition: 'IMMEDIATE',
      mention: 'IMMEDIATE',
      moderation: 'IMMEDIATE',
    });
    const set = async (who: Person, input: Record<string, string>) =>
      (
        await ok<{ setNotificationPreferences: Record<string, string> }>(who.client, SET_PREFERENCES, {
          input,
        })
      ).setNotificationPreferences;
    expect(await set(quiet, { reply: 'NONE' })).toEqual({
      reply: 'NONE',
      disposition: 'IMMEDIATE',
      mention: 'IMMEDIATE',
      moderation: 'IMMEDIATE',
    });
    expect(await set(daily, { reply: 'DAILY', mention: 'DAILY' })).toMatchObject({
      reply: 'DAILY',
      mention: 'DAILY',
    });
    await set(idle, { reply: 'DAILY' });
    expect(
      await count(
        `SELECT count(*) n FROM audit_entries WHERE action = 'notifications.preferences-changed' AND actor_id = $1`,
        [daily.id],
      ),
    ).toBe(1);

    // NONE: in the list, never in the outbox.
    const quietRoot = await post(quiet, 'Più parcheggi per le bici in stazione.');
    const toQuiet = await post(others[0], 'Sì, coperti.', { parentId: quietRoot.id, kind: 'COMMENT' });
    await notified(quiet, 'REPLY', toQuiet.id);
    expect(await outboxOf(quiet)).toEqual([]);

    // DAILY: three replies on two consultations, nothing sent at once.
    const inMain = await post(daily, 'Mappa dei sentieri accessibili.');
    const inOther = await post(daily, 'Un mercato contadino settimanale.', {
      consultationId: otherConsultationId,
    });
    const replies = [
      await post(others[0], 'Con i tempi di percorrenza.', { parentId: inMain.id, kind: 'COMMENT' }),
      await post(others[1], 'Un mercato anche a Castelnuovo.', {
        parentId: inOther.id,
        kind: 'COMMENT',
        consultationId: otherConsultationId,
      }),
      await post(others[1], 'E in versione stampata.', { parentId: inMain.id, kind: 'COMMENT' }),
    ];
    await projected();
    expect((await list(daily)).nodes.map((n) => n.contributionId).sort()).toEqual(
      replies.map((r) => r.id).sort(),
    );
    expect(await outboxOf(daily)).toEqual([]);

    expect((await ok<{ sendDailyDigests: number }>(admin, DIGESTS)).sendDailyDigests).toBe(1);
    const [digest, ...more] = await outboxOf(daily);
    expect(more).toEqual([]);
    expect(digest).toMatchObject({ kind: 'DIGEST', to_address: daily.email });
    const italian = digest.text_body.slice(0, digest.text_body.indexOf('— English —'));
    // Grouped: the main consultation's heading, its two replies, then the other's heading and its reply.
    const at = (text: string) => italian.indexOf(text);
    expect(italian.match(new RegExp(`^${titles.main}$`, 'gm'))).toHaveLength(1);
    expect(italian.match(new RegExp(`^${titles.other}$`, 'gm'))).toHaveLength(1);
    expect(at(titles.main)).toBeLessThan(at('Con i tempi di percorrenza.'));
    expect(at('E in versione stampata.')).toBeLessThan(at(titles.other));
    expect(at(titles.other)).toBeLessThan(at('Un mercato anche a Castelnuovo.'));
    expect(digest.text_body).toContain('Here is what happened to your contributions (3)');
    expect(
      await count(
        `SELECT count(*) n FROM audit_entries WHERE action = 'notifications.digests-sent' AND actor_id = $1`,
        [(await ok<{ me: { id: string } }>(admin, '{ me { id } }')).me.id],
      ),
    ).toBe(1);

    // A second run the same day writes nothing, even with something new waiting; nobody gets an empty one.
    expect((await ok<{ sendDailyDigests: number }>(admin, DIGESTS)).sendDailyDigests).toBe(0);
    const late = await post(others[0], 'Arrivo tardi, ma concordo.', {
      parentId: inMain.id,
      kind: 'COMMENT',
    });
    await notified(daily, 'REPLY', late.id);
    expect((await ok<{ sendDailyDigests: number }>(admin, DIGESTS)).sendDailyDigests).toBe(0);
    expect(await outboxOf(daily)).toHaveLength(1);
    expect(await outboxOf(idle)).toEqual([]);
    expect(
      await count(`SELECT count(*) n FROM notifications WHERE user_id = $1 AND emailed_at IS NULL`, [
        daily.id,
      ]),
    ).toBe(1);
  });

  it('shows the outbox to administrators only, newest first, unsent ones on request', async () => {
    const page = (
      await ok<{ emailOutbox: { nodes: Outbox[]; hasNextPage: boolean; endCursor: string } }>(admin, OUTBOX, {
        first: 2,
      })
    ).emailOutbox;
    expect(page.nodes).toHaveLength(2);
    expect(page.hasNextPage).toBe(true);
    const next = (
      await ok<{ emailOutbox: { nodes: Outbox[] } }>(admin, OUTBOX, { first: 2, after: page.endCursor })
    ).emailOutbox;
    expect(next.nodes.map((n) => n.id)).not.toContain(page.nodes[0].id);
    const unsent = (
      await ok<{ emailOutbox: { nodes: Outbox[] } }>(admin, OUTBOX, { first: 100, unsentOnly: true })
    ).emailOutbox;
    // Without SMTP_URL nothing is sent: the outbox is the record.
    expect(unsent.nodes.length).toBe(await count('SELECT count(*) n FROM email_outbox'));
    expect(code(await moderator.client.request(OUTBOX, { first: 1 }))).toBe('FORBIDDEN');
    expect(code(await moderator.client.request(DIGESTS))).toBe('FORBIDDEN');
  });

  it('delivers the outbox through SMTP_URL and marks it sent; a failure is recorded and tried again later', async () => {
    const received: { to: string[]; raw: string }[] = [];
    const smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      onData(stream, session, callback) {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          received.push({
            to: session.envelope.rcptTo.map((r) => r.address),
            raw: Buffer.concat(chunks).toString(),
          });
          callback();
        });
      },
    });
    let open = true;
    const closeSmtp = () =>
      open
        ? new Promise<void>((resolve) => smtp.close(() => resolve())).finally(() => (open = false))
        : undefined;
    await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', () => resolve()));
    const port = (smtp.server.address() as AddressInfo).port;
    try {
      // A second API instance on the same database, the only one with SMTP: it also projects events.
      await api.addInstance({
        ADMIN_EMAIL: ADMIN.email,
        ADMIN_PASSWORD: ADMIN.password,
        TRUST_PROXY: 'true',
        DIGEST_HOUR: 'off',
        SMTP_URL: `smtp://127.0.0.1:${port}`,
        SMTP_FROM: 'Piano 2030 <piano2030@example.org>',
        NOTIFICATIONS_POLL_MS: '200',
      });
      const author = await person('destinataria');
      const replier = await person('mittente');
      const root = await post(author, 'Una ciclabile lungo il Serchio.');
      const reply = await post(replier, 'Sì, fino a Ponte a Moriano.', {
        parentId: root.id,
        kind: 'COMMENT',
      });
      const delivered = await waitFor('the e-mail at the SMTP server', async () =>
        received.find((m) => m.to.includes(author.email)),
      );
      const text = decodeBody(delivered.raw);
      expect(text).toContain('ha risposto al tuo contributo');
      expect(text).toContain(`/consultazioni/${consultationId}#contributo-${reply.id}`);
      expect(delivered.raw).toMatch(/^From: Piano 2030 <piano2030@example\.org>/m);
      const [row] = await waitFor('the row marked sent', async () => {
        const rows = await api.sql<{ sent_at: Date | null; attempts: number; last_error: string | null }>(
          'SELECT sent_at, attempts, last_error FROM email_outbox WHERE user_id = $1',
          [author.id],
        );
        return rows[0]?.sent_at ? rows : null;
      });
      expect(row).toMatchObject({ attempts: 1, last_error: null });
      // Every e-mail written before is delivered too, each once.
      await waitFor('the whole outbox sent', async () =>
        (await count('SELECT count(*) n FROM email_outbox WHERE sent_at IS NULL')) === 0 ? true : null,
      );
      expect(received.length).toBe(await count('SELECT count(*) n FROM email_outbox'));

      // The server goes away: the next e-mail keeps its error and waits for a later attempt.
      await closeSmtp();
      const again = await post(replier, 'E poi fino a Borgo a Mozzano.', {
        parentId: root.id,
        kind: 'COMMENT',
      });
      await notified(author, 'REPLY', again.id);
      const failed = await waitFor('the failure recorded', async () => {
        const rows = await api.sql<{
          sent_at: Date | null;
          attempts: number;
          last_error: string | null;
          later: boolean;
        }>(
          `SELECT sent_at, attempts, last_error, next_attempt_at > now() AS later FROM email_outbox
            WHERE user_id = $1 AND text_body LIKE '%' || $2 || '%'`,
          [author.id, again.id],
        );
        return rows[0]?.last_error ? rows[0] : null;
      });
      expect(failed).toMatchObject({ sent_at: null, attempts: 1, later: true });
    } finally {
      await closeSmtp();
    }
  });
});

/** The text of a simple message: quoted-printable or base64, as nodemailer chose. */
function decodeBody(raw: string): string {
  const [headers, ...rest] = raw.split(/\r?\n\r?\n/);
  const body = rest.join('\n\n');
  if (/^Content-Transfer-Encoding: base64/im.test(headers))
    return Buffer.from(body, 'base64').toString('utf8');
  if (/^Content-Transfer-Encoding: quoted-printable/im.test(headers)) {
    const bytes = body
      .replace(/=\r?\n/g, '')
      .replace(/=([0-9A-F]{2})/gi, (_match, hex: string) => String.fromCharCode(parseInt(hex, 16)));
    return Buffer.from(bytes, 'latin1').toString('utf8');
  }
  return body;
}
