import { randomUUID } from 'node:crypto';
import { onlyError, type GraphQLClient, type GraphQLResponse } from '@piano2030/api-testing';
import { startApi, type RunningApi } from './support/api-process';
import { ok, seatBoards, type Boards } from './support/boards';
import { openConsultation } from './support/consultations';
import { registeredFromOwnAddress, signedInBrowser } from './support/sign-in';

const ADMIN = { email: 'segreteria@provincia.example', password: 'password amministratore' };
const ANSWER = `outcome reasons status official version publishedAt
  intervention { id reference title } interventionVersion swotItem { id areaCode quadrant text } swotItemVersion`;
const POST = `mutation ($input: PostContributionInput!) { postContribution(input: $input) { id status } }`;
const SET = `mutation ($input: SetDispositionInput!) { setDisposition(input: $input) { contributionId ${ANSWER} } }`;
const PUBLISH = `mutation ($input: PublishDispositionsInput!) { publishDispositions(input: $input) }`;
const LIST = `query ($c: ID!, $s: DispositionStatus!) { dispositions(consultationId: $c, status: $s) {
  id disposition { outcome status } } }`;
const ONE = `query ($id: ID!) { contribution(id: $id) { id disposition { ${ANSWER} } } }`;
const MINE = `{ myContributions(first: 100) { nodes { id disposition { outcome official reasons } } } }`;
const SHAPED = `query ($i: ID, $s: ID, $first: Int, $after: String) {
  contributionsThatShaped(interventionId: $i, swotItemId: $s, first: $first, after: $after) {
    totalCount hasNextPage endCursor nodes { id body disposition { outcome official interventionVersion swotItemVersion } } } }`;
const PAGE = `query ($c: ID!, $first: Int) { contributions(consultationId: $c, first: $first) {
  nodes { id disposition { outcome intervention { reference } swotItem { text } } } } }`;

type Answer = {
  outcome: string;
  reasons: string;
  status: string;
  official: boolean;
  version: number;
  publishedAt: string | null;
  intervention: { id: string; reference: string; title: string } | null;
  interventionVersion: number | null;
  swotItem: { id: string; areaCode: string; quadrant: string; text: string } | null;
  swotItemVersion: number | null;
};

const error = (response: GraphQLResponse<unknown>) => onlyError(response);
const code = (response: GraphQLResponse<unknown>) => error(response).extensions?.code;
const fieldErrors = (response: GraphQLResponse<unknown>) =>
  (error(response).extensions?.fieldErrors ?? {}) as Record<string, string[]>;

describe('dispositions: the committee answers every contribution, and the plan shows what shaped it', () => {
  let api: RunningApi;
  let boards: Boards;
  let committee: GraphQLClient;
  let consultationId: string;
  let author: GraphQLClient;
  const intervention = { id: '', reference: '', title: 'Cammini della Valle del Serchio', version: 0 };
  let draftInterventionId: string;
  const swot = { id: '', version: 0 };

  const count = async (sql: string, params: unknown[] = []) =>
    Number((await api.sql<{ n: string }>(sql, params))[0].n);
  /** A new person in a new browser, each from an address of its own (registrations are limited per address). */
  const person = (name = `persona.${randomUUID().slice(0, 8)}`) =>
    registeredFromOwnAddress(api, `${name}@example.org`);
  const post = async (body: string, extra: Record<string, unknown> = {}, consultation = consultationId) =>
    (
      await ok<{ postContribution: { id: string; status: string } }>(author, POST, {
        input: {
          consultationId: consultation,
          kind: 'PROPOSAL',
          body,
          idempotencyKey: randomUUID(),
          ...extra,
        },
      })
    ).postContribution;
  const set = (who: GraphQLClient, input: Record<string, unknown>) =>
    who.request<{ setDisposition: Answer & { contributionId: string } }>(SET, { input });
  const prepared = async (input: Record<string, unknown>) => {
    const response = await set(committee, input);
    if (response.errors) throw new Error(JSON.stringify(response.errors));
    return response.data!.setDisposition;
  };
  const answerOf = async (who: GraphQLClient, id: string) =>
    (await ok<{ contribution: { disposition: Answer | null } }>(who, ONE, { id })).contribution.disposition;
  const accepted = () => ({
    outcome: 'ACCEPTED',
    reasons: 'Accolta: la scheda PS6 prevede ora un servizio navetta tra i borghi.',
    interventionId: intervention.id,
    interventionVersion: intervention.version,
  });

  beforeAll(async () => {
    api = await startApi({
      ADMIN_EMAIL: ADMIN.email,
      ADMIN_PASSWORD: ADMIN.password,
      TRUST_PROXY: 'true',
      COUNT_SQL_STATEMENTS: 'true',
      // The notifications' background passes would add their statements to the counted window.
      NOTIFICATIONS_POLL_MS: '0',
    });
    const admin = await signedInBrowser(api, ADMIN.email, ADMIN.password);
    boards = await seatBoards(api, admin, ['PS6']);
    committee = boards.people['k1'].client;
    consultationId = await openConsultation(committee);
    const { createPriority } = await ok<{ createPriority: { id: string } }>(
      committee,
      'mutation ($input: CreatePriorityInput!) { createPriority(input: $input) { id } }',
      { input: { areaCode: 'PS6', title: 'Turismo lento', guidelineCodes: ['LI2'] } },
    );
    const create = async (title: string) =>
      (
        await ok<{ createIntervention: { id: string; version: number; reference: string } }>(
          committee,
          'mutation ($input: CreateInterventionInput!) { createIntervention(input: $input) { id version reference } }',
          {
            input: {
              ...{ priorityId: createPriority.id, title, guidelineCodes: ['LI2'] },
              ...{ startsOn: '2022-01-01', endsOn: '2026-12-31' },
            },
          },
        )
      ).createIntervention;
    const created = await create(intervention.title);
    draftInterventionId = (await create('Rete di ostelli per camminatori')).id;
    const { setInterventionStatus } = await ok<{ setInterventionStatus: { version: number } }>(
      committee,
      'mutation ($input: SetInterventionStatusInput!) { setInterventionStatus(input: $input) { version } }',
      { input: { id: created.id, expectedVersion: created.version, status: 'IN_CONSULTATION' } },
    );
    // The version that takes up the contribution: a new service, with the reason.
    const { updateIntervention } = await ok<{ updateIntervention: { version: number } }>(
      committee,
      'mutation ($input: UpdateInterventionInput!) { updateIntervention(input: $input) { version } }',
      {
        input: {
          id: created.id,
          expectedVersion: setInterventionStatus.version,
          description: 'Navetta tra i borghi lungo i cammini.',
          reason: 'Recepita la proposta della consultazione pubblica.',
        },
      },
    );
    Object.assign(intervention, {
      id: created.id,
      reference: created.reference,
      version: updateIntervention.version,
    });
    const { addSwotItem } = await ok<{ addSwotItem: { id: string } }>(
      committee,
      'mutation ($input: AddSwotItemInput!) { addSwotItem(input: $input) { id } }',
      { input: { areaCode: 'PS6', quadrant: 'WEAKNESS', text: 'Trasporto pubblico scarso nei borghi.' } },
    );
    await ok(committee, 'mutation { publishSwot(input: { areaCode: "PS6" }) { areaCode } }');
    const { swotItemVersions } = await ok<{ swotItemVersions: { version: number }[] }>(
      committee,
      'query ($id: ID!) { swotItemVersions(id: $id) { version } }',
      { id: addSwotItem.id },
    );
    Object.assign(swot, { id: addSwotItem.id, version: Math.max(...swotItemVersions.map((v) => v.version)) });
  });
  beforeEach(async () => {
    author = await person();
  });
  afterAll(() => api?.stop());

  it('lets only the Comitato operativo answer; others are refused and nothing is written', async () => {
    const target = await post('Una navetta tra i borghi della valle.');
    const moderator = await person('moderatore');
    await api.sql(
      `INSERT INTO user_roles (user_id, role) SELECT id, 'MODERATOR' FROM users WHERE email = 'moderatore@example.org'`,
    );
    const outsiders = [
      author,
      await person(),
      moderator,
      ...['chair', 'p2', 'ks', 'expert'].map((w) => boards.people[w].client),
    ];
    for (const who of outsiders) {
      expect(code(await set(who, { contributionId: target.id, ...accepted() }))).toBe('FORBIDDEN');
      expect(code(await who.request(PUBLISH, { input: { consultationId } }))).toBe('FORBIDDEN');
      expect(code(await who.request(LIST, { c: consultationId, s: 'PREPARED' }))).toBe('FORBIDDEN');
    }
    expect(code(await set(api.client(), { contributionId: target.id, ...accepted() }))).toBe(
      'UNAUTHENTICATED',
    );
    expect(await count('SELECT count(*) n FROM dispositions')).toBe(0);
    expect(await count(`SELECT count(*) n FROM audit_entries WHERE action LIKE 'disposition.%'`)).toBe(0);
  });

  it('checks what an answer says and what it links to, writing nothing on any error', async () => {
    const target = await post('Più parcheggi di scambio alle stazioni.');
    const refused = async (input: Record<string, unknown>) =>
      set(committee, { contributionId: target.id, ...input });
    expect(fieldErrors(await refused({ ...accepted(), reasons: 'Breve.' }))).toHaveProperty('reasons');
    expect(
      fieldErrors(await refused({ ...accepted(), interventionId: null, interventionVersion: null })),
    ).toEqual({
      interventionId: [
        'a ACCEPTED contribution must say where it was taken up: an intervention or a SWOT item',
      ],
    });
    expect(fieldErrors(await refused({ ...accepted(), interventionId: randomUUID() }))).toHaveProperty(
      'interventionId',
    );
    expect(fieldErrors(await refused({ ...accepted(), interventionVersion: 99 }))).toEqual({
      interventionVersion: [`an intervention ${intervention.id} has no version 99`],
    });
    expect(
      fieldErrors(await refused({ ...accepted(), swotItemId: swot.id, swotItemVersion: 99 })),
    ).toHaveProperty('swotItemVersion');
    expect(
      fieldErrors(
        await refused({ outcome: 'REJECTED', reasons: 'Motivazione sufficiente.', swotItemVersion: 1 }),
      ),
    ).toHaveProperty('swotItemVersion');
    expect(code(await refused({ ...accepted(), expectedVersion: 3 }))).toBe('CONFLICT');
    expect(code(await set(committee, { ...accepted(), contributionId: randomUUID() }))).toBe('NOT_FOUND');

    const preModerated = await openConsultation(committee, {
      title: 'Artigianato e filiere',
      preModeration: true,
    });
    const pending = await post('In attesa di moderazione.', {}, preModerated);
    const answer = await set(committee, { contributionId: pending.id, ...accepted() });
    expect(error(answer)).toMatchObject({
      message: 'The contribution is PENDING: only published or hidden contributions get an answer.',
      extensions: { code: 'CONFLICT' },
    });
    expect(await count('SELECT count(*) n FROM dispositions')).toBe(0);
  });

  it('keeps prepared answers to the committee, then publishes them together as official', async () => {
    const a = await post('Un servizio navetta per i camminatori.');
    const b = await post('Spostare la fiera in primavera.');
    const d = await post('Il trasporto nei borghi è insufficiente.');
    const first = await prepared({ contributionId: a.id, ...accepted() });
    expect(first).toMatchObject({ status: 'PREPARED', official: false, version: 1, publishedAt: null });
    await prepared({
      contributionId: b.id,
      outcome: 'NOT_RELEVANT',
      reasons: 'La fiera non è oggetto del piano.',
    });
    await prepared({
      contributionId: d.id,
      outcome: 'PARTIALLY_ACCEPTED',
      reasons: 'La debolezza è già nella SWOT; ne precisiamo il testo.',
      swotItemId: swot.id,
      swotItemVersion: swot.version,
    });

    for (const who of [api.client(), author]) expect(await answerOf(who, a.id)).toBeNull();
    expect(await answerOf(boards.people['k2'].client, a.id)).toMatchObject({
      status: 'PREPARED',
      official: false,
      intervention: { id: intervention.id, reference: intervention.reference, title: intervention.title },
    });
    const list = async (status: string) =>
      (
        await ok<{ dispositions: { id: string }[] }>(committee, LIST, { c: consultationId, s: status })
      ).dispositions.map((c) => c.id);
    expect(await list('PREPARED')).toEqual([a.id, b.id, d.id]);

    expect(
      (await ok<{ publishDispositions: number }>(committee, PUBLISH, { input: { consultationId } }))
        .publishDispositions,
    ).toBe(3);
    expect(await list('PREPARED')).toEqual([]);
    expect(await list('PUBLISHED')).toEqual([a.id, b.id, d.id]);
    const published = await answerOf(api.client(), a.id);
    expect(published).toMatchObject({
      outcome: 'ACCEPTED',
      status: 'PUBLISHED',
      official: true,
      version: 1,
      intervention: { id: intervention.id, reference: intervention.reference, title: intervention.title },
      interventionVersion: intervention.version,
      swotItem: null,
    });
    expect(published?.publishedAt).toEqual(expect.any(String));
    expect(await answerOf(api.client(), d.id)).toMatchObject({
      outcome: 'PARTIALLY_ACCEPTED',
      swotItem: { id: swot.id, areaCode: 'PS6', quadrant: 'WEAKNESS' },
      swotItemVersion: swot.version,
    });
    // "What happened to my contribution": each author reads the answers to their own.
    const { myContributions } = await ok<{
      myContributions: { nodes: { id: string; disposition: Answer | null }[] };
    }>(author, MINE);
    expect(myContributions.nodes.map((n) => [n.id, n.disposition?.outcome, n.disposition?.official])).toEqual(
      expect.arrayContaining([
        [a.id, 'ACCEPTED', true],
        [b.id, 'NOT_RELEVANT', true],
        [d.id, 'PARTIALLY_ACCEPTED', true],
      ]),
    );
    const ids = [a.id, b.id, d.id];
    expect(
      await count(
        `SELECT count(*) n FROM consultation_events WHERE type = 'contributions.answered' AND contribution_id = ANY($1)`,
        [ids],
      ),
    ).toBe(3);
    expect(
      await api.sql(
        `SELECT subject_id, actor_id FROM audit_entries WHERE action = 'disposition.published' AND subject_id = ANY($1) ORDER BY subject_id`,
        [ids],
      ),
    ).toEqual([...ids].sort().map((id) => ({ subject_id: id, actor_id: boards.people['k1'].id })));
    expect(
      await count(
        'SELECT count(*) n FROM dispositions WHERE published_by = $1 AND published_at IS NOT NULL',
        [boards.people['k1'].id],
      ),
    ).toBe(3);
    expect(code(await committee.request(PUBLISH, { input: { consultationId } }))).toBe('CONFLICT');
  });

  it('lists every contribution to answer, replies and hidden ones included, by answer state and kind, page by page', async () => {
    const fresh = await openConsultation(committee);
    const root = await post('Servono orari coordinati tra treni e navette.', {}, fresh);
    const reply = await post('E biglietti unici.', { parentId: root.id, kind: 'COMMENT' }, fresh);
    const hidden = await post('Un contributo che il moderatore nasconde.', { kind: 'OBSERVATION' }, fresh);
    const moderator = await person(`moderatore.${randomUUID().slice(0, 8)}`);
    await api.sql(
      `INSERT INTO user_roles (user_id, role) SELECT id, 'MODERATOR' FROM users WHERE email LIKE 'moderatore.%@example.org'
       ON CONFLICT DO NOTHING`,
    );
    await ok(
      moderator,
      'mutation ($input: ModerateContributionInput!) { moderateContribution(input: $input) { id } }',
      {
        input: { contributionId: hidden.id, decision: 'HIDE', reason: 'Fuori tema rispetto alle domande.' },
      },
    );
    await prepared({ ...accepted(), contributionId: root.id });
    const TO_ANSWER = `query ($c: ID!, $a: AnswerState, $k: [ContributionKind!], $first: Int, $after: String) {
      contributionsToAnswer(consultationId: $c, answer: $a, kinds: $k, first: $first, after: $after) {
        totalCount hasNextPage endCursor nodes { id status body depth } } }`;
    type Page = {
      contributionsToAnswer: {
        totalCount: number;
        hasNextPage: boolean;
        endCursor: string | null;
        nodes: { id: string; status: string; body: string | null; depth: number }[];
      };
    };
    const list = async (variables: Record<string, unknown>, who = committee) =>
      (await ok<Page>(who, TO_ANSWER, { c: fresh, ...variables })).contributionsToAnswer;

    const unanswered = await list({ a: 'UNANSWERED' });
    expect(unanswered.nodes.map((node) => node.id)).toEqual([reply.id, hidden.id]);
    // The committee answers hidden contributions too, so it reads their text.
    expect(unanswered.nodes[1]).toMatchObject({
      status: 'HIDDEN',
      body: 'Un contributo che il moderatore nasconde.',
    });
    expect((await list({ a: 'PREPARED' })).nodes.map((node) => node.id)).toEqual([root.id]);
    expect((await list({ a: 'PUBLISHED' })).totalCount).toBe(0);
    expect((await list({ k: ['COMMENT', 'OBSERVATION'] })).nodes.map((node) => node.id)).toEqual([
      reply.id,
      hidden.id,
    ]);
    const first = await list({ first: 2 });
    expect(first).toMatchObject({ totalCount: 3, hasNextPage: true });
    const second = await list({ first: 2, after: first.endCursor });
    expect([...first.nodes, ...second.nodes].map((node) => node.id)).toEqual([root.id, reply.id, hidden.id]);
    expect(second.hasNextPage).toBe(false);

    expect(code(await author.request(TO_ANSWER, { c: fresh }))).toBe('FORBIDDEN');
    expect(code(await committee.request(TO_ANSWER, { c: randomUUID() }))).toBe('NOT_FOUND');
  });

  it('publishes only the answers listed; an id without a prepared answer is refused and nothing is published', async () => {
    const c = await post('Segnaletica comune per tutti i cammini.');
    const e = await post('Una app con gli orari dei bus.');
    for (const target of [c, e]) {
      await prepared({
        contributionId: target.id,
        outcome: 'ALREADY_PLANNED',
        reasons: 'Già prevista nella scheda PS6.',
        interventionId: intervention.id,
      });
    }
    const stray = await committee.request(PUBLISH, {
      input: { consultationId, contributionIds: [c.id, randomUUID()] },
    });
    expect(fieldErrors(stray)).toHaveProperty('contributionIds');
    expect(await answerOf(api.client(), c.id)).toBeNull();
    expect(
      (
        await ok<{ publishDispositions: number }>(committee, PUBLISH, {
          input: { consultationId, contributionIds: [c.id, c.id] },
        })
      ).publishDispositions,
    ).toBe(1);
    expect((await answerOf(api.client(), c.id))?.official).toBe(true);
    expect(await answerOf(api.client(), e.id)).toBeNull();
    expect(code(await committee.request(PUBLISH, { input: { consultationId, contributionIds: [] } }))).toBe(
      'BAD_USER_INPUT',
    );
  });

  it('publishes a change to a published answer as a new version, with before and after in the audit', async () => {
    const target = await post('Biglietto unico treno e bus.');
    await prepared({ contributionId: target.id, ...accepted() });
    await ok(committee, PUBLISH, { input: { consultationId, contributionIds: [target.id] } });
    const change = { contributionId: target.id, ...accepted(), outcome: 'PARTIALLY_ACCEPTED' };
    expect(fieldErrors(await set(committee, change))).toHaveProperty('expectedVersion');
    expect(error(await set(committee, { ...change, expectedVersion: 7 })).extensions).toMatchObject({
      code: 'CONFLICT',
      currentVersion: 1,
    });
    const revised = await prepared({ ...change, expectedVersion: 1 });
    expect(revised).toMatchObject({
      outcome: 'PARTIALLY_ACCEPTED',
      version: 2,
      official: true,
      status: 'PUBLISHED',
    });
    expect((await answerOf(api.client(), target.id))?.outcome).toBe('PARTIALLY_ACCEPTED');
    expect(fieldErrors(await set(committee, { ...change, expectedVersion: 2 }))).toEqual({
      contributionId: ['the answer is unchanged'],
    });
    const [audit] = await api.sql<{
      data: { before: Record<string, unknown>; after: Record<string, unknown> };
    }>(`SELECT data FROM audit_entries WHERE action = 'disposition.revised' AND subject_id = $1`, [
      target.id,
    ]);
    expect(audit.data.before).toMatchObject({ outcome: 'ACCEPTED', version: 1 });
    expect(audit.data.after).toMatchObject({ outcome: 'PARTIALLY_ACCEPTED', version: 2, published: true });
    expect(
      await count(
        `SELECT count(*) n FROM consultation_events WHERE type = 'contributions.answered' AND contribution_id = $1`,
        [target.id],
      ),
    ).toBe(2);
  });

  it('shows on the intervention and the SWOT item the published contributions that shaped them', async () => {
    const shaped = async (variables: Record<string, unknown>) =>
      (
        await ok<{
          contributionsThatShaped: {
            totalCount: number;
            hasNextPage: boolean;
            endCursor: string | null;
            nodes: { id: string; body: string; disposition: Answer }[];
          };
        }>(api.client(), SHAPED, variables)
      ).contributionsThatShaped;
    const byIntervention = await shaped({ i: intervention.id, first: 100 });
    expect(byIntervention.totalCount).toBe(byIntervention.nodes.length);
    expect(byIntervention.nodes.length).toBeGreaterThanOrEqual(3);
    expect(byIntervention.nodes.every((n) => n.disposition.official)).toBe(true);
    expect(byIntervention.nodes.map((n) => n.body)).toEqual(
      expect.arrayContaining([
        'Un servizio navetta per i camminatori.',
        'Segnaletica comune per tutti i cammini.',
      ]),
    );
    // Prepared answers do not count until they are published.
    expect(byIntervention.nodes.map((n) => n.body)).not.toContain('Una app con gli orari dei bus.');
    const pages: string[] = [];
    let after: string | null = null;
    do {
      const page = await shaped({ i: intervention.id, first: 1, after });
      pages.push(...page.nodes.map((n) => n.id));
      after = page.hasNextPage ? page.endCursor : null;
    } while (after);
    expect(pages).toEqual(byIntervention.nodes.map((n) => n.id));

    const bySwot = await shaped({ s: swot.id });
    expect(bySwot.nodes.map((n) => [n.body, n.disposition.outcome, n.disposition.swotItemVersion])).toEqual([
      ['Il trasporto nei borghi è insufficiente.', 'PARTIALLY_ACCEPTED', swot.version],
    ]);
    expect(code(await api.client().request(SHAPED, { i: intervention.id, s: swot.id }))).toBe(
      'BAD_USER_INPUT',
    );
    expect(code(await api.client().request(SHAPED, {}))).toBe('BAD_USER_INPUT');
  });

  it('does not reveal a draft intervention to the public through an answer', async () => {
    const target = await post('Ostelli lungo la Via del Volto Santo.');
    await prepared({
      contributionId: target.id,
      outcome: 'ACCEPTED',
      reasons: 'Accolta: nuova scheda in preparazione.',
      interventionId: draftInterventionId,
    });
    await ok(committee, PUBLISH, { input: { consultationId, contributionIds: [target.id] } });
    expect(await answerOf(api.client(), target.id)).toMatchObject({ official: true, intervention: null });
    expect((await answerOf(committee, target.id))?.intervention?.id).toBe(draftInterventionId);
  });

  it('reads the answers of a page of contributions in the same number of SQL statements whatever its size', async () => {
    const statements = async (who: GraphQLClient, first: number) => {
      const read = async () =>
        ((await (await fetch(`${api.baseUrl}/diagnostics/sql-statements`)).json()) as { statements: number })
          .statements;
      const before = await read();
      await ok(who, PAGE, { c: consultationId, first });
      return (await read()) - before;
    };
    const anonymous = await statements(api.client(), 1);
    expect(await statements(api.client(), 100)).toBe(anonymous);
    // A signed-in reader adds at most one statement, once per request: whether they answer for the committee
    // (asked only when the page holds an answer they could not otherwise see).
    const signedIn = await statements(committee, 1);
    expect(await statements(committee, 100)).toBeLessThanOrEqual(signedIn + 1);
  });
});
