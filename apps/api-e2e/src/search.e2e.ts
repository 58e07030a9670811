import { randomUUID } from 'node:crypto';
import { onlyError, type GraphQLClient, type GraphQLResponse } from '@piano2030/api-testing';
import { startApi, type RunningApi } from './support/api-process';
import { ok, seatBoards } from './support/boards';
import { openConsultation } from './support/consultations';
import { registeredFromOwnAddress, signedInBrowser } from './support/sign-in';

const ADMIN = { email: 'segreteria@provincia.example', password: 'password amministratore' };
const SEARCH = `query ($query: String!, $types: [SearchItemType!], $kinds: [ContributionKind!],
  $statuses: [String!], $areaCodes: [String!], $from: String, $to: String, $first: Int, $after: String) {
  search(query: $query, types: $types, kinds: $kinds, statuses: $statuses, areaCodes: $areaCodes,
         from: $from, to: $to, first: $first, after: $after) {
    totalCount hasNextPage endCursor
    hits { type id title status kind category code quadrant areaCodes consultationId excerpt { text match } }
    facets { types { value count } areas { value count } kinds { value count }
             categories { value count } statuses { value count } months { value count } } } }`;
const SIMILAR = `query ($c: ID!, $text: String!) { similarContributions(consultationId: $c, text: $text) {
  id excerpt { text match } } }`;
const POST = `mutation ($input: PostContributionInput!) { postContribution(input: $input) { id status } }`;

interface Hit {
  type: string;
  id: string;
  title: string;
  status: string;
  kind: string | null;
  category: string | null;
  code: string | null;
  excerpt: { text: string; match: boolean }[];
}
interface Facet {
  value: string;
  count: number;
}
interface Result {
  totalCount: number;
  hasNextPage: boolean;
  endCursor: string | null;
  hits: Hit[];
  facets: Record<'types' | 'areas' | 'kinds' | 'categories' | 'statuses' | 'months', Facet[]>;
}

const code = (response: GraphQLResponse<unknown>) => onlyError(response).extensions?.code;
const fieldErrors = (response: GraphQLResponse<unknown>) =>
  (onlyError(response).extensions?.fieldErrors ?? {}) as Record<string, string[]>;
const countOf = (facet: Facet[], value: string) => facet.find((f) => f.value === value)?.count ?? 0;
const text = (hit: Hit) => hit.excerpt.map((s) => s.text).join('');

describe('search: Italian full text and similar spellings over public content, with facets', () => {
  let api: RunningApi;
  let visitor: GraphQLClient;
  let committee: GraphQLClient;
  let citizen: GraphQLClient;
  let consultationId: string;
  const ids: Record<string, string> = {};
  const search = async (query: string, variables: Record<string, unknown> = {}) =>
    (await ok<{ search: Result }>(visitor, SEARCH, { query, ...variables })).search;
  const post = async (who: GraphQLClient, consultation: string, kind: string, body: string) =>
    (
      await ok<{ postContribution: { id: string; status: string } }>(who, POST, {
        input: { consultationId: consultation, kind, body, idempotencyKey: randomUUID() },
      })
    ).postContribution;

  beforeAll(async () => {
    api = await startApi({ ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password, TRUST_PROXY: 'true' });
    const admin = await signedInBrowser(api, ADMIN.email, ADMIN.password);
    const boards = await seatBoards(api, admin, ['PS6']);
    committee = boards.people['k1'].client;
    visitor = api.client();
    citizen = await registeredFromOwnAddress(api, `lucia.neri.${randomUUID().slice(0, 8)}@example.org`);

    // Context and interventions: one of each published, and drafts that must stay out of reach.
    const addItem = (text: string) =>
      ok<{ addSwotItem: { id: string } }>(
        committee,
        'mutation ($input: AddSwotItemInput!) { addSwotItem(input: $input) { id } }',
        { input: { areaCode: 'PS6', quadrant: 'WEAKNESS', text } },
      );
    ids.swot = (await addItem('Forte stagionalità estiva dei flussi turistici sulla costa.')).addSwotItem.id;
    await ok(committee, 'mutation { publishSwot(input: { areaCode: "PS6" }) { areaCode } }');
    await addItem('Bozza riservata sul segreto industriale del turismo.');
    const { createPriority } = await ok<{ createPriority: { id: string } }>(
      committee,
      'mutation ($input: CreatePriorityInput!) { createPriority(input: $input) { id } }',
      { input: { areaCode: 'PS6', title: 'Turismo lento', guidelineCodes: ['LI2'] } },
    );
    const intervention = (title: string, description: string) =>
      ok<{ createIntervention: { id: string; version: number } }>(
        committee,
        'mutation ($input: CreateInterventionInput!) { createIntervention(input: $input) { id version } }',
        {
          input: {
            ...{ priorityId: createPriority.id, title, description, guidelineCodes: ['LI2'] },
            ...{ startsOn: '2022-01-01', endsOn: '2026-12-31' },
          },
        },
      );
    const paths = (
      await intervention('Cammini e ciclovie della Valle del Serchio', 'Percorsi lenti tra i borghi.')
    ).createIntervention;
    ids.intervention = paths.id;
    await ok(
      committee,
      'mutation ($input: SetInterventionStatusInput!) { setInterventionStatus(input: $input) { id } }',
      { input: { id: paths.id, expectedVersion: paths.version, status: 'IN_CONSULTATION' } },
    );
    await intervention('Ciclovia segreta della costa', 'Una bozza riservata del comitato.');

    consultationId = await openConsultation(committee);
    ids.path = (
      await post(citizen, consultationId, 'PROPOSAL', 'Serve un cammino attrezzato con fontane tra i borghi.')
    ).id;
    ids.script = (
      await post(
        citizen,
        consultationId,
        'REQUEST',
        '<script>alert(1)</script> Più corse di autobus per i cammini.',
      )
    ).id;
    ids.parking = (
      await post(citizen, consultationId, 'OBSERVATION', 'I parcheggi vicino alla ciclovia sono pochi.')
    ).id;
    // Pre-moderated: pending, so not public, so not found.
    const moderated = await openConsultation(committee, { preModeration: true });
    const pending = await post(citizen, moderated, 'PROPOSAL', 'Un segreto ancora in attesa del moderatore.');
    expect(pending.status).toBe('PENDING');
  });
  afterAll(() => api?.stop());

  it('finds every form of a word with the Italian configuration, across contributions, interventions and SWOT items', async () => {
    const result = await search('cammini');
    const found = result.hits.map((hit) => hit.id);
    expect(found).toEqual(expect.arrayContaining([ids.path, ids.script, ids.intervention]));
    // "cammino" in a body, "Cammini" in a title: one stem.
    expect(result.hits.find((hit) => hit.id === ids.path)!.excerpt).toContainEqual({
      text: 'cammino',
      match: true,
    });
    const intervention = result.hits.find((hit) => hit.id === ids.intervention)!;
    expect(intervention).toMatchObject({ type: 'INTERVENTION', code: 'PS6.1', status: 'IN_CONSULTATION' });
    expect(intervention.title).toBe('PS6.1 Cammini e ciclovie della Valle del Serchio');
    const swot = await search('stagionalità turistica');
    expect(swot.hits.map((hit) => [hit.type, hit.id])).toContainEqual(['SWOT_ITEM', ids.swot]);
  });

  it('tolerates a misspelling through trigram similarity', async () => {
    const result = await search('ciclovei');
    expect(result.hits.map((hit) => hit.id)).toEqual(expect.arrayContaining([ids.parking, ids.intervention]));
  });

  it('never returns drafts, pending contributions or unpublished SWOT items', async () => {
    const result = await search('segreto');
    expect(result).toMatchObject({ totalCount: 0, hits: [] });
    expect(Object.values(result.facets).flat()).toEqual([]);
    expect((await search('riservata')).totalCount).toBe(0);
  });

  it('returns excerpts as text segments: markup in a body stays text', async () => {
    const [hit] = (await search('autobus')).hits;
    expect(hit.id).toBe(ids.script);
    expect(text(hit)).toContain('<script>alert(1)</script>');
    expect(hit.excerpt.filter((s) => s.match).map((s) => s.text)).toEqual(['autobus']);
  });

  it('counts each facet without its own filter, and narrows the hits by all of them', async () => {
    const all = await search('cammini ciclovia fontane OR autobus OR parcheggi OR cammini');
    const narrowed = await search('cammini ciclovia fontane OR autobus OR parcheggi OR cammini', {
      types: ['CONTRIBUTION'],
      kinds: ['PROPOSAL'],
    });
    expect(narrowed.hits.map((hit) => hit.id)).toEqual([ids.path]);
    // The types facet ignores the types filter (but not the kinds one): interventions have no kind.
    expect(countOf(narrowed.facets.types, 'CONTRIBUTION')).toBe(1);
    // The kinds facet ignores the kinds filter: every kind among the matching contributions.
    expect(countOf(narrowed.facets.kinds, 'REQUEST')).toBe(countOf(all.facets.kinds, 'REQUEST'));
    expect(countOf(narrowed.facets.kinds, 'PROPOSAL')).toBe(1);
    expect(countOf(all.facets.categories, 'CITIZEN')).toBe(countOf(all.facets.types, 'CONTRIBUTION'));
    expect(countOf(all.facets.areas, 'PS6')).toBe(all.totalCount);
    const month = new Intl.DateTimeFormat('sv-SE', {
      timeZone: 'Europe/Rome',
      year: 'numeric',
      month: '2-digit',
    })
      .format(new Date())
      .slice(0, 7);
    expect(countOf(all.facets.months, month)).toBeGreaterThan(0);
    expect((await search('cammini', { areaCodes: ['PS1'] })).totalCount).toBe(0);
    expect((await search('cammini', { from: '2000-01-01', to: '2000-12-31' })).totalCount).toBe(0);
  });

  it('files contributions by their published answer, and by AWAITING_ANSWER until then', async () => {
    expect((await search('fontane')).hits[0].status).toBe('AWAITING_ANSWER');
    await ok(
      committee,
      'mutation ($input: SetDispositionInput!) { setDisposition(input: $input) { version } }',
      {
        input: {
          contributionId: ids.path,
          outcome: 'ACCEPTED',
          reasons: 'Le fontane entrano nel progetto dei cammini.',
          interventionId: ids.intervention,
          interventionVersion: 2,
        },
      },
    );
    // Prepared, not yet published: still awaiting, for the public.
    expect((await search('fontane')).hits[0].status).toBe('AWAITING_ANSWER');
    await ok(committee, 'mutation ($id: ID!) { publishDispositions(input: { consultationId: $id }) }', {
      id: consultationId,
    });
    const accepted = await search('cammini', { statuses: ['ACCEPTED'] });
    expect(accepted.hits.map((hit) => hit.id)).toEqual([ids.path]);
    expect(countOf(accepted.facets.statuses, 'AWAITING_ANSWER')).toBeGreaterThan(0);
  });

  it('pages with a cursor, without repeating or skipping a hit', async () => {
    const query = 'cammini OR ciclovia OR autobus OR parcheggi OR stagionalità';
    const first = await search(query, { first: 2 });
    expect(first.hits).toHaveLength(2);
    expect(first.hasNextPage).toBe(true);
    const seen = [...first.hits];
    let page = first;
    while (page.hasNextPage) {
      page = await search(query, { first: 2, after: page.endCursor });
      seen.push(...page.hits);
    }
    expect(seen).toHaveLength(first.totalCount);
    expect(new Set(seen.map((hit) => hit.id)).size).toBe(first.totalCount);
  });

  it('suggests similar contributions while someone writes, from the same consultation only', async () => {
    const draft = 'Vorrei proporre fontane e panchine lungo il cammino tra i borghi della valle.';
    const { similarContributions } = await ok<{ similarContributions: Hit[] }>(visitor, SIMILAR, {
      c: consultationId,
      text: draft,
    });
    expect(similarContributions[0].id).toBe(ids.path);
    const other = await openConsultation(committee);
    expect(
      (await ok<{ similarContributions: Hit[] }>(visitor, SIMILAR, { c: other, text: draft }))
        .similarContributions,
    ).toEqual([]);
    expect(
      (await ok<{ similarContributions: Hit[] }>(visitor, SIMILAR, { c: consultationId, text: 'fontane' }))
        .similarContributions,
    ).toEqual([]);
  });

  it('refuses bad input with an error naming the field', async () => {
    const short = await visitor.request(SEARCH, { query: ' a ' });
    expect(code(short)).toBe('BAD_USER_INPUT');
    expect(fieldErrors(short).query).toEqual(['query must be between 2 and 200 characters']);
    const day = await visitor.request(SEARCH, { query: 'cammini', from: '2026-13' });
    expect(fieldErrors(day).from).toEqual(['from must be a date (YYYY-MM-DD)']);
    const cursor = await visitor.request(SEARCH, { query: 'cammini', after: 'not-a-cursor' });
    expect(fieldErrors(cursor).after).toEqual(['after is not a cursor this API returned']);
    const control = await visitor.request(SEARCH, { query: 'cam\u0000mini' });
    expect(code(control)).toBe('BAD_USER_INPUT');
  });
});
