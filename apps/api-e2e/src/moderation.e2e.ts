import { CONTRIBUTION_LIMITS } from '@piano2030/shared-domain';
import { randomUUID } from 'node:crypto';
import { onlyError, type GraphQLClient, type GraphQLResponse } from '@piano2030/api-testing';
import { AUTO_HIDE_REASON } from '@piano2030/shared-domain';
import { startApi, type RunningApi } from './support/api-process';
import { ok, seatBoards, type Boards } from './support/boards';
import { openConsultation } from './support/consultations';
import { registeredFromOwnAddress, signedInBrowser } from './support/sign-in';

const ADMIN = { email: 'segreteria@provincia.example', password: 'password amministratore' };
const FIELDS = 'id status body moderationReason replyCount';
const POST = `mutation ($input: PostContributionInput!) { postContribution(input: $input) { ${FIELDS} } }`;
const REPORT = `mutation ($input: ReportContributionInput!) { reportContribution(input: $input) { ${FIELDS} } }`;
const MODERATE = `mutation ($input: ModerateContributionInput!) { moderateContribution(input: $input) { ${FIELDS} } }`;
const ONE = `query ($id: ID!) { contribution(id: $id) { ${FIELDS} } }`;
const PAGE = `query ($c: ID!, $p: ID) { contributions(consultationId: $c, parentId: $p, first: 100) {
  nodes { ${FIELDS} } totalCount } }`;
const QUEUE = `query ($c: ID, $first: Int, $after: String) { moderationQueue(consultationId: $c, first: $first, after: $after) {
  totalCount hasNextPage endCursor
  nodes { openReportCount openReports { reason note reportedAt } contribution { id status body } } } }`;
const LOG = `query ($c: ID!, $first: Int, $after: String) { moderationLog(consultationId: $c, first: $first, after: $after) {
  hasNextPage endCursor nodes { contributionId decision fromStatus toStatus reason moderatorName createdAt } } }`;
const NETIQUETTE = `query ($l: Locale) { netiquette { defaultHideAfterReports rules { code reportReason title(locale: $l) text(locale: $l) } } }`;

type Contribution = {
  id: string;
  status: string;
  body: string | null;
  moderationReason: string | null;
  replyCount: number;
};
type LogEntry = {
  contributionId: string;
  decision: string;
  fromStatus: string;
  toStatus: string;
  reason: string;
  moderatorName: string | null;
};

const error = (response: GraphQLResponse<unknown>) => onlyError(response);
const code = (response: GraphQLResponse<unknown>) => error(response).extensions?.code;

describe('moderation: reports, automatic hiding, the moderator queue and the log', () => {
  let api: RunningApi;
  let boards: Boards;
  let consultationId: string;
  let preModerated: string;
  let moderator: GraphQLClient;
  let author: GraphQLClient;
  let reporters: GraphQLClient[];

  const count = async (sql: string, params: unknown[] = []) =>
    Number((await api.sql<{ n: string }>(sql, params))[0].n);
  /** A new person in a new browser, each from an address of its own (registrations are limited per address). */
  const person = (name = `persona.${randomUUID().slice(0, 8)}`) =>
    registeredFromOwnAddress(api, `${name}@example.org`);
  const post = async (who: GraphQLClient, input: Record<string, unknown>, consultation = consultationId) =>
    (
      await ok<{ postContribution: Contribution }>(who, POST, {
        input: { consultationId: consultation, kind: 'OBSERVATION', idempotencyKey: randomUUID(), ...input },
      })
    ).postContribution;
  const report = (who: GraphQLClient, contributionId: string, reason = 'OFFENSIVE', note?: string) =>
    who.request<{ reportContribution: Contribution }>(REPORT, { input: { contributionId, reason, note } });
  const moderate = (who: GraphQLClient, contributionId: string, decision: string, reason: string) =>
    who.request<{ moderateContribution: Contribution }>(MODERATE, {
      input: { contributionId, decision, reason },
    });
  const readOne = async (who: GraphQLClient, id: string) =>
    (await ok<{ contribution: Contribution }>(who, ONE, { id })).contribution;
  /** Counters equal count(*): the consultation's published contributions and each parent's published replies. */
  const expectCountersRight = async (consultation: string) => {
    expect(await count('SELECT contribution_count n FROM consultations WHERE id = $1', [consultation])).toBe(
      await count(
        `SELECT count(*) n FROM contributions WHERE consultation_id = $1 AND status = 'PUBLISHED'`,
        [consultation],
      ),
    );
    expect(
      await count(
        `SELECT count(*) n FROM contributions p WHERE p.consultation_id = $1 AND p.reply_count <> (
           SELECT count(*) FROM contributions r WHERE r.parent_id = p.id AND r.status = 'PUBLISHED')`,
        [consultation],
      ),
    ).toBe(0);
  };
  const log = async (who: GraphQLClient, consultation: string) =>
    (await ok<{ moderationLog: { nodes: LogEntry[] } }>(who, LOG, { c: consultation, first: 100 }))
      .moderationLog.nodes;

  beforeAll(async () => {
    api = await startApi({ ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password, TRUST_PROXY: 'true' });
    const admin = await signedInBrowser(api, ADMIN.email, ADMIN.password);
    boards = await seatBoards(api, admin, ['PS6']);
    moderator = await person('moderatrice');
    // No operation grants the moderator role: it is given as the seeds would.
    await api.sql(
      `INSERT INTO user_roles (user_id, role) SELECT id, 'MODERATOR' FROM users WHERE email = 'moderatrice@example.org'`,
    );
    consultationId = await openConsultation(boards.people['k1'].client);
    preModerated = await openConsultation(boards.people['k1'].client, {
      title: 'Filiere agroalimentari della Garfagnana',
      preModeration: true,
    });
  });
  beforeEach(async () => {
    author = await person();
    reporters = [await person(), await person(), await person()];
  });
  afterAll(() => api?.stop());

  it('hides a reply after three reports by three people sent at once, exactly once', async () => {
    const root = await post(await person(), { body: 'Proponiamo una navetta tra i borghi della valle.' });
    const reply = await post(author, {
      parentId: root.id,
      kind: 'COMMENT',
      body: 'Testo che verrà segnalato.',
    });
    const events = () =>
      count(
        `SELECT count(*) n FROM consultation_events WHERE contribution_id = $1 AND type = 'contributions.hidden'`,
        [reply.id],
      );
    const answers = await Promise.all(
      reporters.map((who, i) => report(who, reply.id, 'OFFENSIVE', `nota ${i}`)),
    );
    expect(answers.map((answer) => answer.errors)).toEqual([undefined, undefined, undefined]);

    expect(
      await count('SELECT count(*) n FROM contribution_reports WHERE contribution_id = $1', [reply.id]),
    ).toBe(3);
    expect(
      await api.sql('SELECT status, report_count, moderation_reason FROM contributions WHERE id = $1', [
        reply.id,
      ]),
    ).toEqual([{ status: 'HIDDEN', report_count: 3, moderation_reason: AUTO_HIDE_REASON }]);
    expect(
      await api.sql(
        'SELECT moderator_id, decision, from_status, to_status FROM moderation_actions WHERE contribution_id = $1',
        [reply.id],
      ),
    ).toEqual([{ moderator_id: null, decision: 'AUTO_HIDE', from_status: 'PUBLISHED', to_status: 'HIDDEN' }]);
    expect(await events()).toBe(1);
    expect(
      await count(
        `SELECT count(*) n FROM audit_entries WHERE action = 'contribution.reported' AND subject_id = $1`,
        [reply.id],
      ),
    ).toBe(3);
    expect(
      await api.sql(
        `SELECT actor_id FROM audit_entries WHERE action = 'moderation.auto-hide' AND subject_id = $1`,
        [reply.id],
      ),
    ).toEqual([{ actor_id: null }]);
    await expectCountersRight(consultationId);
    expect((await readOne(api.client(), root.id)).replyCount).toBe(0);

    // The thread keeps its shape for the public: a placeholder without text or reason.
    const { contributions } = await ok<{ contributions: { nodes: Contribution[] } }>(api.client(), PAGE, {
      c: consultationId,
      p: root.id,
    });
    expect(contributions.nodes).toEqual([
      { id: reply.id, status: 'HIDDEN', body: null, moderationReason: null, replyCount: 0 },
    ]);
    // Its author reads the text and why it was hidden.
    expect(await readOne(author, reply.id)).toMatchObject({
      status: 'HIDDEN',
      body: 'Testo che verrà segnalato.',
      moderationReason: AUTO_HIDE_REASON,
    });
    // A hidden contribution is no longer public: a fourth report finds nothing to report.
    expect(code(await report(await person(), reply.id))).toBe('NOT_FOUND');
    expect(await events()).toBe(1);
  });

  it('refuses a report by the author and a second report by the same person, writing nothing', async () => {
    const mine = await post(author, { body: 'Un contributo che il suo autore non può segnalare.' });
    const before = await count('SELECT count(*) n FROM audit_entries');
    const own = await report(author, mine.id);
    expect(error(own)).toMatchObject({
      message: 'You cannot report your own contribution.',
      extensions: { code: 'CONFLICT', refusal: 'OWN_CONTRIBUTION' },
    });
    expect((await report(reporters[0], mine.id, 'SPAM')).errors).toBeUndefined();
    const twice = await report(reporters[0], mine.id, 'OFF_TOPIC');
    expect(error(twice).extensions).toMatchObject({ code: 'CONFLICT', refusal: 'ALREADY_REPORTED' });
    expect(
      await api.sql('SELECT reason FROM contribution_reports WHERE contribution_id = $1', [mine.id]),
    ).toEqual([{ reason: 'SPAM' }]);
    expect(await count('SELECT report_count n FROM contributions WHERE id = $1', [mine.id])).toBe(1);
    expect(await count('SELECT count(*) n FROM audit_entries')).toBe(before + 1);

    expect(code(await report(api.client(), mine.id))).toBe('UNAUTHENTICATED');
    expect(code(await report(reporters[1], randomUUID()))).toBe('NOT_FOUND');
    const bad = await reporters[1].request(REPORT, {
      input: { contributionId: mine.id, reason: 'SPAM', note: 'x'.repeat(1001) },
    });
    expect(code(bad)).toBe('BAD_USER_INPUT');
    expect(error(bad).extensions?.fieldErrors).toHaveProperty('note');
  });

  it('limits the reports one person sends in an hour, refused ones included, writing nothing past it', async () => {
    const first = await post(author, { body: 'Un contributo segnalato molte volte dalla stessa persona.' });
    const second = await post(author, { body: 'Un secondo contributo, che non sarà segnalato.' });
    expect((await report(reporters[0], first.id)).errors).toBeUndefined();
    for (let attempt = 1; attempt < CONTRIBUTION_LIMITS.reportsPerPersonPerHour; attempt += 1)
      expect(error(await report(reporters[0], first.id)).extensions?.refusal).toBe('ALREADY_REPORTED');
    const refused = await report(reporters[0], second.id);
    expect(error(refused).extensions).toMatchObject({
      code: 'TOO_MANY_REQUESTS',
      retryAfterSeconds: expect.any(Number),
    });
    expect(
      await count('SELECT count(*) n FROM contribution_reports WHERE contribution_id = $1', [second.id]),
    ).toBe(0);
    // Another person's budget is their own.
    expect((await report(reporters[1], second.id)).errors).toBeUndefined();
  });

  it('lets a moderator see the queue, restore a hidden one (settling its reports) and hide and reject another', async () => {
    const target = await post(author, { body: 'Contributo che un moderatore ripristinerà.' });
    for (const [i, who] of reporters.entries()) {
      expect(
        (await report(who, target.id, i ? 'OFF_TOPIC' : 'SPAM', i ? '' : 'pubblicità')).errors,
      ).toBeUndefined();
    }
    const { moderationQueue } = await ok<{
      moderationQueue: {
        totalCount: number;
        nodes: {
          openReportCount: number;
          openReports: { reason: string; note: string }[];
          contribution: Contribution;
        }[];
      };
    }>(moderator, QUEUE, { c: consultationId, first: 100 });
    const queued = moderationQueue.nodes.find((node) => node.contribution.id === target.id);
    expect(queued).toMatchObject({
      openReportCount: 3,
      contribution: { status: 'HIDDEN', body: 'Contributo che un moderatore ripristinerà.' },
    });
    expect(queued?.openReports.map((r) => [r.reason, r.note])).toEqual([
      ['SPAM', 'pubblicità'],
      ['OFF_TOPIC', ''],
      ['OFF_TOPIC', ''],
    ]);
    expect(moderationQueue.totalCount).toBe(moderationQueue.nodes.length);

    const restored = await moderate(moderator, target.id, 'RESTORE', 'Il contributo rispetta la netiquette.');
    expect(restored.data?.moderateContribution).toMatchObject({
      status: 'PUBLISHED',
      moderationReason: 'Il contributo rispetta la netiquette.',
    });
    expect(
      await count('SELECT count(*) n FROM contribution_reports WHERE contribution_id = $1 AND open', [
        target.id,
      ]),
    ).toBe(0);
    expect(await count('SELECT report_count n FROM contributions WHERE id = $1', [target.id])).toBe(0);
    expect(
      await count(
        `SELECT count(*) n FROM consultation_events WHERE contribution_id = $1 AND type = 'contributions.restored'`,
        [target.id],
      ),
    ).toBe(1);
    expect(
      await count(
        `SELECT count(*) n FROM audit_entries WHERE action = 'moderation.restore' AND subject_id = $1`,
        [target.id],
      ),
    ).toBe(1);
    await expectCountersRight(consultationId);
    // Later reports count afresh: one more does not hide it again.
    expect((await report(await person(), target.id, 'OTHER')).errors).toBeUndefined();
    expect(
      await api.sql('SELECT status, report_count FROM contributions WHERE id = $1', [target.id]),
    ).toEqual([{ status: 'PUBLISHED', report_count: 1 }]);
    // Reported but still public: it waits in the queue, so a moderator can hide it before the threshold.
    const reported = await ok<{
      moderationQueue: { nodes: { openReportCount: number; contribution: Contribution }[] };
    }>(moderator, QUEUE, { c: consultationId, first: 100 });
    expect(reported.moderationQueue.nodes.find((node) => node.contribution.id === target.id)).toMatchObject({
      openReportCount: 1,
      contribution: { status: 'PUBLISHED' },
    });

    // A moderator hides a published one, then rejects it: the public never reads it again.
    const hidden = await moderate(moderator, target.id, 'HIDE', 'Contiene dati personali di terzi.');
    expect(hidden.data?.moderateContribution.status).toBe('HIDDEN');
    await expectCountersRight(consultationId);
    const rejected = await moderate(
      moderator,
      target.id,
      'REJECT',
      'Dati personali: il contributo è respinto.',
    );
    expect(rejected.data?.moderateContribution.status).toBe('REJECTED');
    expect(await readOne(author, target.id)).toMatchObject({
      status: 'REJECTED',
      moderationReason: 'Dati personali: il contributo è respinto.',
    });
    expect(code(await api.client().request(ONE, { id: target.id }))).toBe('NOT_FOUND');
    expect(
      await api.sql(
        `SELECT type FROM consultation_events WHERE contribution_id = $1 AND type <> 'contributions.published' ORDER BY seq`,
        [target.id],
      ),
    ).toEqual([
      { type: 'contributions.hidden' },
      { type: 'contributions.restored' },
      { type: 'contributions.hidden' },
    ]);
  });

  it('pre-moderation: nothing is public until a moderator approves it; a rejected one stays with its author', async () => {
    const first = await post(author, { body: 'Prima proposta in attesa di moderazione.' }, preModerated);
    const second = await post(author, { body: 'Seconda proposta, fuori tema.' }, preModerated);
    expect([first.status, second.status]).toEqual(['PENDING', 'PENDING']);
    const publicPage = async () =>
      (await ok<{ contributions: { nodes: Contribution[] } }>(api.client(), PAGE, { c: preModerated }))
        .contributions.nodes;
    expect(await publicPage()).toEqual([]);
    // A pending contribution cannot be reported: the public cannot see it.
    expect(code(await report(reporters[0], first.id))).toBe('NOT_FOUND');

    const queue = await ok<{
      moderationQueue: { nodes: { contribution: Contribution; openReportCount: number }[] };
    }>(moderator, QUEUE, { c: preModerated, first: 1 });
    expect(queue.moderationQueue.nodes.map((n) => [n.contribution.id, n.openReportCount])).toEqual([
      [first.id, 0],
    ]);

    expect(
      (await moderate(moderator, first.id, 'APPROVE', 'Conforme alla netiquette, pubblicato.')).data
        ?.moderateContribution.status,
    ).toBe('PUBLISHED');
    expect(
      (await moderate(moderator, second.id, 'REJECT', 'Il contributo non riguarda la consultazione.')).data
        ?.moderateContribution.status,
    ).toBe('REJECTED');
    expect((await publicPage()).map((c) => [c.id, c.body])).toEqual([
      [first.id, 'Prima proposta in attesa di moderazione.'],
    ]);
    expect(await readOne(author, second.id)).toMatchObject({
      status: 'REJECTED',
      body: 'Seconda proposta, fuori tema.',
      moderationReason: 'Il contributo non riguarda la consultazione.',
    });
    expect(
      await count(
        `SELECT count(*) n FROM consultation_events WHERE contribution_id = $1 AND type = 'contributions.published'`,
        [first.id],
      ),
    ).toBe(1);
    expect(
      await count('SELECT count(*) n FROM consultation_events WHERE contribution_id = $1', [second.id]),
    ).toBe(0);
    await expectCountersRight(preModerated);
  });

  it('refuses a decision that does not fit the status with CONFLICT naming it, and a short reason, writing nothing', async () => {
    const published = await post(author, { body: 'Contributo pubblicato, da non ripristinare.' });
    const actions = () => count('SELECT count(*) n FROM moderation_actions');
    const before = await actions();
    const restore = await moderate(moderator, published.id, 'RESTORE', 'Ripristino non necessario.');
    expect(error(restore)).toMatchObject({
      message: 'The contribution is PUBLISHED: RESTORE applies only to HIDDEN contributions.',
      extensions: { code: 'CONFLICT', status: 'PUBLISHED' },
    });
    expect(code(await moderate(moderator, published.id, 'APPROVE', 'Approvazione non necessaria.'))).toBe(
      'CONFLICT',
    );
    expect(code(await moderate(moderator, published.id, 'REJECT', 'Non si respinge un pubblicato.'))).toBe(
      'CONFLICT',
    );
    const short = await moderate(moderator, published.id, 'HIDE', 'breve');
    expect(error(short).extensions?.fieldErrors).toHaveProperty('reason');
    expect(code(await moderate(moderator, randomUUID(), 'HIDE', 'Un motivo abbastanza lungo.'))).toBe(
      'NOT_FOUND',
    );
    expect(await actions()).toBe(before);
    expect((await readOne(api.client(), published.id)).status).toBe('PUBLISHED');
  });

  it('keeps moderation to moderators; the log is for moderators and the committee', async () => {
    const target = await post(author, { body: 'Contributo che un cittadino vorrebbe nascondere.' });
    const citizen = reporters[0];
    const committee = boards.people['k1'].client;
    for (const who of [citizen, committee, author]) {
      expect(code(await moderate(who, target.id, 'HIDE', 'Non ho il ruolo per farlo.'))).toBe('FORBIDDEN');
      expect(code(await who.request(QUEUE, { c: consultationId }))).toBe('FORBIDDEN');
    }
    expect(code(await citizen.request(LOG, { c: consultationId }))).toBe('FORBIDDEN');
    expect(code(await api.client().request(LOG, { c: consultationId }))).toBe('UNAUTHENTICATED');
    expect(code(await api.client().request(QUEUE, { c: consultationId }))).toBe('UNAUTHENTICATED');
    expect(
      await count('SELECT count(*) n FROM moderation_actions WHERE contribution_id = $1', [target.id]),
    ).toBe(0);

    expect(
      (await moderate(moderator, target.id, 'HIDE', 'Linguaggio offensivo verso altri.')).errors,
    ).toBeUndefined();
    for (const reader of [moderator, committee]) {
      const entries = await log(reader, consultationId);
      expect(entries[0]).toMatchObject({
        contributionId: target.id,
        decision: 'HIDE',
        fromStatus: 'PUBLISHED',
        toStatus: 'HIDDEN',
        reason: 'Linguaggio offensivo verso altri.',
        moderatorName: 'moderatrice',
      });
      expect(entries.some((e) => e.decision === 'AUTO_HIDE' && e.moderatorName === null)).toBe(true);
      expect(entries.map((e) => e.decision)).toEqual(
        expect.arrayContaining(['HIDE', 'RESTORE', 'REJECT', 'AUTO_HIDE']),
      );
    }
    // Pages of the log follow each other without overlap, newest first.
    const all = await log(moderator, consultationId);
    const pages: LogEntry[] = [];
    let after: string | null = null;
    do {
      const page: { moderationLog: { nodes: LogEntry[]; endCursor: string | null; hasNextPage: boolean } } =
        await ok(moderator, LOG, { c: consultationId, first: 2, after });
      pages.push(...page.moderationLog.nodes);
      after = page.moderationLog.hasNextPage ? page.moderationLog.endCursor : null;
    } while (after);
    expect(pages).toEqual(all);
  });

  it('publishes the netiquette in Italian and English', async () => {
    const read = async (l: string) =>
      (
        await ok<{ netiquette: { defaultHideAfterReports: number; rules: Record<string, string | null>[] } }>(
          api.client(),
          NETIQUETTE,
          { l },
        )
      ).netiquette;
    const [it, en] = [await read('IT'), await read('EN')];
    expect(it.defaultHideAfterReports).toBe(3);
    expect(it.rules.map((r) => r.code)).toEqual(en.rules.map((r) => r.code));
    expect(it.rules.find((r) => r.code === 'PERSONAL_DATA')).toMatchObject({
      reportReason: 'PERSONAL_DATA',
      title: 'Dati personali',
    });
    expect(en.rules.find((r) => r.code === 'PERSONAL_DATA')?.title).toBe('Personal data');
    expect(it.rules.find((r) => r.code === 'REPORTS')?.text).toContain('3 segnalazioni');
  });
});
