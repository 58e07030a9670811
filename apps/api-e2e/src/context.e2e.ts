import { onlyError, type GraphQLClient, type GraphQLResponse } from '@piano2030/api-testing';
import { startApi, type RunningApi } from './support/api-process';
import { ok, seatBoards, type Boards } from './support/boards';
import { runApiCommand } from './support/run-api-command';
import { signedInBrowser } from './support/sign-in';

const ADMIN = { email: 'segreteria@provincia.example', password: 'password amministratore' };
const INDICATORS = `query ($area: String, $cross: Boolean) { indicators(areaCode: $area, includeCrossCutting: $cross) {
  id code title(locale: IT) titleEn: title(locale: EN) unit territory origin crossCutting areaCodes revision notes
  source { producer document lineFrom lineTo url } observations { dimension measure label value } } }`;
const OBJECTIVES = `query ($area: String) { chamberObjectives(areaCode: $area) {
  code title strategicAreaCode primaryAreaCodes secondaryAreaCodes budget { externalCosts investments }
  projects { code title office source { lineFrom lineTo } } } }`;
const UPLOAD = `mutation ($input: UploadIndicatorSeriesInput!) { uploadIndicatorSeries(input: $input) {
  series { code origin areaCodes crossCutting observations { measure label value } } importedRows skippedRows { line reason } } }`;
const MAP = `mutation ($input: SetIndicatorAreasInput!) { setIndicatorAreas(input: $input) { code areaCodes crossCutting revision } }`;
const SWOT = `query ($area: String!) { swot(areaCode: $area) { areaCode hasUnpublishedChanges
  items { id quadrant text weight status version evidence { kind reference label } author { displayName } }
  editions { edition itemCount publishedByName note } } }`;
const ADD = `mutation ($input: AddSwotItemInput!) { addSwotItem(input: $input) { id status version text } }`;
const UPDATE = `mutation ($input: UpdateSwotItemInput!) { updateSwotItem(input: $input) { id status version text weight } }`;
const WITHDRAW = `mutation ($input: WithdrawSwotItemInput!) { withdrawSwotItem(input: $input) { id status version } }`;
const PUBLISH = `mutation ($input: PublishSwotInput!) { publishSwot(input: $input) { editions { edition itemCount } hasUnpublishedChanges } }`;
const VERSIONS = `query ($id: ID!) { swotItemVersions(id: $id) { version status text authorName reason } }`;
const DIFF = `query ($id: ID!, $from: Int!, $to: Int!) { swotItemDiff(id: $id, fromVersion: $from, toVersion: $to) {
  changes { field before after segments { op text } } } }`;

type Series = {
  id: string;
  code: string;
  title: string;
  titleEn: string;
  unit: string;
  origin: string;
  crossCutting: boolean;
  areaCodes: string[];
  revision: number;
  notes: string[];
  source: { producer: string; document: string | null; lineFrom: number | null; lineTo: number | null };
  observations: { dimension: string; measure: string; label: string; value: number }[];
};
type Item = { id: string; status: string; version: number; text: string };

const code = (response: GraphQLResponse<unknown>) => onlyError(response).extensions?.code;
const fieldErrors = (response: GraphQLResponse<unknown>) =>
  (onlyError(response).extensions?.fieldErrors ?? {}) as Record<string, string[]>;

describe('context analysis: indicators from the chamber report, existing programmes, and SWOT per area', () => {
  let api: RunningApi;
  let admin: GraphQLClient;
  let boards: Boards;
  const as = (name: string): GraphQLClient => boards.people[name].client;
  const count = async (sql: string, params: unknown[] = []) =>
    Number((await api.sql<{ n: string }>(sql, params))[0].n);
  const indicators = async (area: string | null, who: GraphQLClient = api.client(), cross = true) =>
    (await ok<{ indicators: Series[] }>(who, INDICATORS, { area, cross })).indicators;

  beforeAll(async () => {
    api = await startApi({ ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password });
    admin = await signedInBrowser(api, ADMIN.email, ADMIN.password);
    boards = await seatBoards(api, admin, ['PS6']);
  });
  afterAll(() => api?.stop());

  describe('the import of the 2020 report', () => {
    it('loads the 53 series with their values, sources and areas, and the objectives with their projects', async () => {
      const all = await indicators(null);
      expect(all).toHaveLength(53);
      expect(await count('SELECT count(*) AS n FROM indicator_observations')).toBeGreaterThan(500);
      expect(await count('SELECT count(*) AS n FROM chamber_objectives')).toBe(17);
      expect(await count('SELECT count(*) AS n FROM chamber_projects')).toBe(24);
      const businesses = all.find((s) => s.code === 'lu_active_businesses')!;
      expect(businesses).toMatchObject({
        title: 'Imprese attive',
        titleEn: 'Active businesses (registered seats)',
        unit: 'count',
        origin: 'RPP2020',
        crossCutting: true,
        areaCodes: ['PS5'],
        source: { producer: 'Infocamere-StockView', lineFrom: 1098, lineTo: 1104 },
      });
      expect(businesses.source.document).toContain('Camera di Commercio di Lucca');
      expect(businesses.observations).toContainEqual({
        dimension: 'values',
        measure: '',
        label: '2018-12-31',
        value: 36301,
      });
      expect(businesses.notes.join(' ')).toContain('-0,4%');
    });

    it('shows each area its own series first, then the cross-cutting ones, on all eight areas', async () => {
      for (const area of ['PS1', 'PS2', 'PS3', 'PS4', 'PS5', 'PS6', 'PS7', 'PS8']) {
        const series = await indicators(area);
        const own = series.filter((s) => s.areaCodes.includes(area));
        expect(own.length).toBeGreaterThan(0);
        expect(series.slice(0, own.length)).toEqual(own);
        expect(series.slice(own.length).every((s) => s.crossCutting)).toBe(true);
      }
      const tourism = await indicators('PS6', api.client(), false);
      expect(tourism.every((s) => s.areaCodes.includes('PS6'))).toBe(true);
      const presences = tourism.find((s) => s.code === 'lu_tourism_arrivals_presences')!;
      expect(presences.observations).toContainEqual({
        dimension: 'area_x_origin_2018',
        measure: 'totale.presenze',
        label: 'Versilia',
        value: 2598636,
      });
      expect(code(await api.client().request(INDICATORS, { area: 'PS9' }))).toBe('BAD_USER_INPUT');
    });

    it("lists the chamber's objectives of an area as existing programmes, with budgets and projects", async () => {
      const { chamberObjectives } = await ok<{
        chamberObjectives: {
          code: string;
          primaryAreaCodes: string[];
          secondaryAreaCodes: string[];
          budget: { externalCosts: number } | null;
          projects: { code: string; source: { lineFrom: number } }[];
        }[];
      }>(api.client(), OBJECTIVES, { area: 'PS8' });
      const codes = chamberObjectives.map((o) => o.code);
      expect(codes).toContain('2A');
      const primaryCount = chamberObjectives.filter((o) => o.primaryAreaCodes.includes('PS8')).length;
      expect(chamberObjectives.slice(0, primaryCount).every((o) => o.primaryAreaCodes.includes('PS8'))).toBe(
        true,
      );
      expect(
        chamberObjectives.every((o) => [...o.primaryAreaCodes, ...o.secondaryAreaCodes].includes('PS8')),
      ).toBe(true);
      const twoA = chamberObjectives.find((o) => o.code === '2A')!;
      expect(twoA.projects.map((p) => p.code)).toContain('2A0101');
      const all = await ok<{
        chamberObjectives: { code: string; budget: { externalCosts: number } | null }[];
      }>(api.client(), OBJECTIVES, { area: null });
      expect(all.chamberObjectives).toHaveLength(17);
      expect(all.chamberObjectives.find((o) => o.code === '1B')!.budget!.externalCosts).toBe(85500);
    });

    it('changes nothing when run again, and keeps the administrators’ mapping when a series is re-imported', async () => {
      const [exports] = (await indicators('PS7')).filter((s) => s.code === 'lu_exports_total');
      const mapped = await ok<{ setIndicatorAreas: { areaCodes: string[]; revision: number } }>(admin, MAP, {
        input: {
          code: 'lu_exports_total',
          expectedRevision: exports.revision,
          areaCodes: ['PS7', 'PS5'],
          crossCutting: false,
        },
      });
      expect(mapped.setIndicatorAreas.areaCodes).toEqual(['PS5', 'PS7']);
      const stale = await admin.request(MAP, {
        input: {
          code: 'lu_exports_total',
          expectedRevision: exports.revision,
          areaCodes: ['PS1'],
          crossCutting: true,
        },
      });
      expect(code(stale)).toBe('CONFLICT');
      expect(onlyError(stale).extensions?.current).toMatchObject({ areaCodes: ['PS5', 'PS7'] });
      expect(await count("SELECT count(*) AS n FROM audit_entries WHERE action = 'indicators.mapped'")).toBe(
        1,
      );

      const before = await api.sql<{ updated_at: Date }>(
        'SELECT max(updated_at) AS updated_at FROM indicator_series',
      );
      const imports = await count(
        "SELECT count(*) AS n FROM audit_entries WHERE action = 'indicators.imported'",
      );
      await api.sql("UPDATE indicator_series SET content_hash = 'stale' WHERE code = 'lu_exports_total'");
      const run = await runApiCommand(['import-rpp'], { DATABASE_URL: api.databaseUrl });
      expect(run.output).toContain(
        'Indicators: 0 created, 1 updated, 52 unchanged; 17 chamber objectives, 24 projects',
      );
      expect(run.code).toBe(0);
      const again = await runApiCommand(['import-rpp'], { DATABASE_URL: api.databaseUrl });
      expect(again.output).toContain('Indicators: 0 created, 0 updated, 53 unchanged');
      const after = await indicators(null);
      expect(after).toHaveLength(53);
      expect(after.find((s) => s.code === 'lu_exports_total')!.areaCodes).toEqual(['PS5', 'PS7']);
      expect(
        await count("SELECT count(*) AS n FROM audit_entries WHERE action = 'indicators.imported'"),
      ).toBe(imports + 1);
      const unchanged = await api.sql<{ updated_at: Date }>(
        "SELECT max(updated_at) AS updated_at FROM indicator_series WHERE code <> 'lu_exports_total'",
      );
      expect(unchanged[0].updated_at.getTime()).toBeLessThanOrEqual(before[0].updated_at.getTime());
    });
  });

  describe('series uploaded by administrators', () => {
    const upload = (csv: string, extra: Record<string, unknown> = {}) => ({
      input: {
        code: 'lu_coworking_spaces',
        titleIt: 'Spazi di coworking',
        titleEn: 'Coworking spaces',
        unit: 'count',
        territory: 'Provincia di Lucca',
        producer: 'Osservatorio provinciale',
        sourceUrl: 'https://www.provincia.lucca.it/osservatorio',
        areaCodes: ['PS3'],
        crossCutting: false,
        csv,
        ...extra,
      },
    });
    const BAD = 'anno;valore\n2019;12\n2020;quindici\n2021;18\n;4\n';

    it('is for administrators only', async () => {
      expect(code(await as('k1').request(UPLOAD, upload('anno;valore\n2019;12\n')))).toBe('FORBIDDEN');
      expect(code(await api.client().request(UPLOAD, upload('anno;valore\n2019;12\n')))).toBe(
        'UNAUTHENTICATED',
      );
    });

    it('refuses a file with bad rows, naming each of them, and writes nothing', async () => {
      const response = await admin.request(UPLOAD, upload(BAD));
      expect(code(response)).toBe('BAD_USER_INPUT');
      expect(fieldErrors(response)).toEqual({
        'csv.line3': ['line 3: "quindici" is not a number'],
        'csv.line5': ['line 5: the label is empty'],
      });
      const noColumns = await admin.request(UPLOAD, upload('anno;importo\n2019;12\n'));
      expect(Object.keys(fieldErrors(noColumns))).toEqual(['csv']);
      const unknownArea = await admin.request(
        UPLOAD,
        upload('anno;valore\n2019;12\n', { areaCodes: ['PS3', 'PS0'] }),
      );
      expect(fieldErrors(unknownArea)).toEqual({ 'areaCodes.1': ['PS0 is not an intervention area'] });
      expect(
        await count("SELECT count(*) AS n FROM indicator_series WHERE code = 'lu_coworking_spaces'"),
      ).toBe(0);
      expect(
        await count("SELECT count(*) AS n FROM audit_entries WHERE action = 'indicators.uploaded'"),
      ).toBe(0);
    });

    it('imports the good rows and reports the skipped ones when asked to, and refuses the same code twice', async () => {
      const { uploadIndicatorSeries } = await ok<{
        uploadIndicatorSeries: {
          series: Series;
          importedRows: number;
          skippedRows: { line: number; reason: string }[];
        };
      }>(admin, UPLOAD, upload(BAD, { skipInvalidRows: true }));
      expect(uploadIndicatorSeries.importedRows).toBe(2);
      expect(uploadIndicatorSeries.skippedRows).toEqual([
        { line: 3, reason: '"quindici" is not a number' },
        { line: 5, reason: 'the label is empty' },
      ]);
      expect(uploadIndicatorSeries.series.observations).toEqual([
        { measure: '', label: '2019', value: 12 },
        { measure: '', label: '2021', value: 18 },
      ]);
      expect((await indicators('PS3', api.client(), false)).map((s) => s.code)).toContain(
        'lu_coworking_spaces',
      );
      expect(code(await admin.request(UPLOAD, upload('anno;valore\n2019;12\n')))).toBe('CONFLICT');
      expect(
        await count("SELECT count(*) AS n FROM audit_entries WHERE action = 'indicators.uploaded'"),
      ).toBe(1);
    });
  });

  describe('the SWOT of an area', () => {
    let itemId: string;
    const swot = async (who: GraphQLClient, area = 'PS6') =>
      (
        await ok<{
          swot: {
            hasUnpublishedChanges: boolean;
            items: (Item & { author: { displayName: string } })[];
            editions: { edition: number; itemCount: number }[];
          };
        }>(who, SWOT, { area })
      ).swot;
    const strength = {
      areaCode: 'PS6',
      quadrant: 'STRENGTH',
      text: 'Un sistema turistico forte in Versilia, con oltre 2,5 milioni di presenze.',
      weight: 4,
      evidence: [
        { kind: 'INDICATOR', reference: 'lu_tourism_arrivals_presences', label: 'Presenze 2018' },
        { kind: 'DOCUMENT', reference: 'https://www.regione.toscana.it/turismo', label: null },
      ],
    };

    it('is drafted by an expert within their scope, and by nobody outside it', async () => {
      const { addSwotItem } = await ok<{ addSwotItem: Item }>(as('expert'), ADD, { input: strength });
      expect(addSwotItem).toMatchObject({ status: 'DRAFT', version: 1 });
      itemId = addSwotItem.id;
      const outside = await as('expert').request(ADD, { input: { ...strength, areaCode: 'PS1' } });
      expect(code(outside)).toBe('FORBIDDEN');
      expect(onlyError(outside).message).toContain('outside your engagement');
      expect(code(await as('outsider').request(ADD, { input: strength }))).toBe('FORBIDDEN');
      expect(code(await as('c1').request(ADD, { input: strength }))).toBe('FORBIDDEN');
      expect(code(await api.client().request(ADD, { input: strength }))).toBe('UNAUTHENTICATED');
      expect(await count('SELECT count(*) AS n FROM swot_items')).toBe(1);
    });

    it('refuses bad evidence, weights and areas, each with its own error, writing nothing', async () => {
      const bad = async (input: Record<string, unknown>) =>
        fieldErrors(await as('k2').request(ADD, { input: { ...strength, ...input } }));
      expect(await bad({ evidence: [{ kind: 'INDICATOR', reference: 'no_such_series' }] })).toEqual({
        'evidence.0.reference': ['no_such_series is not an indicator series'],
      });
      expect(await bad({ evidence: [{ kind: 'DOCUMENT', reference: 'javascript:alert(1)' }] })).toEqual({
        'evidence.0.reference': ['a document must be an http or https address'],
      });
      expect(Object.keys(await bad({ weight: 9 }))).toEqual(['weight']);
      expect(Object.keys(await bad({ text: '  ' }))).toEqual(['text']);
      expect(await bad({ areaCode: 'PS0' })).toEqual({ areaCode: ['PS0 is not an intervention area'] });
      expect(await count('SELECT count(*) AS n FROM swot_items')).toBe(1);
    });

    it('shows drafts to the bodies and experts, and only published items to everyone else', async () => {
      expect((await swot(api.client())).items).toEqual([]);
      expect((await swot(as('outsider'))).items).toEqual([]);
      const inside = await swot(as('k1'));
      expect(inside.items.map((i) => [i.id, i.author.displayName])).toEqual([[itemId, 'expert']]);
      expect(inside.hasUnpublishedChanges).toBe(true);
      expect(code(await api.client().request(VERSIONS, { id: itemId }))).toBe('NOT_FOUND');
    });

    it('is published by the committee as an edition, not by experts', async () => {
      expect(code(await as('expert').request(PUBLISH, { input: { areaCode: 'PS6' } }))).toBe('FORBIDDEN');
      const { publishSwot } = await ok<{
        publishSwot: { editions: { edition: number; itemCount: number }[] };
      }>(as('k2'), PUBLISH, { input: { areaCode: 'PS6', note: 'Prima stesura' } });
      expect(publishSwot.editions).toEqual([{ edition: 1, itemCount: 1 }]);
      const publicView = await swot(api.client());
      expect(publicView.items.map((i) => [i.id, i.status, i.version])).toEqual([[itemId, 'PUBLISHED', 2]]);
      expect(code(await as('k2').request(PUBLISH, { input: { areaCode: 'PS6' } }))).toBe('CONFLICT');
    });

    it('changes a published item only by the committee, with a reason, against the current version', async () => {
      const change = {
        id: itemId,
        expectedVersion: 2,
        text: 'Un sistema turistico molto forte in Versilia e nella Piana, con oltre 2,5 milioni di presenze.',
      };
      expect(code(await as('expert').request(UPDATE, { input: { ...change, reason: 'Più preciso' } }))).toBe(
        'FORBIDDEN',
      );
      expect(fieldErrors(await as('k2').request(UPDATE, { input: change }))).toEqual({
        reason: ['say why a published item changes'],
      });
      const { updateSwotItem } = await ok<{ updateSwotItem: Item }>(as('k2'), UPDATE, {
        input: { ...change, reason: 'Aggiunta la Piana di Lucca' },
      });
      expect(updateSwotItem).toMatchObject({ version: 3, status: 'PUBLISHED' });
      const stale = await as('k3').request(UPDATE, {
        input: { id: itemId, expectedVersion: 2, weight: 5, reason: 'Peso' },
      });
      expect(code(stale)).toBe('CONFLICT');
      expect(onlyError(stale).extensions?.current).toMatchObject({ version: 3, text: change.text });
      await ok(as('k3'), UPDATE, {
        input: { id: itemId, expectedVersion: 3, weight: 5, reason: 'Peso rivisto' },
      });
      expect((await swot(as('k1'))).hasUnpublishedChanges).toBe(true);
    });

    it('keeps every version with who and why, and diffs any two word by word', async () => {
      const { swotItemVersions } = await ok<{
        swotItemVersions: { version: number; status: string; authorName: string; reason: string | null }[];
      }>(api.client(), VERSIONS, { id: itemId });
      expect(swotItemVersions.map((v) => [v.version, v.status, v.authorName, v.reason])).toEqual([
        [4, 'PUBLISHED', 'k3', 'Peso rivisto'],
        [3, 'PUBLISHED', 'k2', 'Aggiunta la Piana di Lucca'],
        [2, 'PUBLISHED', 'k2', 'Prima stesura'],
        [1, 'DRAFT', 'expert', null],
      ]);
      const { swotItemDiff } = await ok<{
        swotItemDiff: { changes: { field: string; segments: { op: string; text: string }[] }[] };
      }>(api.client(), DIFF, { id: itemId, from: 1, to: 4 });
      expect(swotItemDiff.changes.map((c) => c.field)).toEqual(['status', 'text', 'weight']);
      const text = swotItemDiff.changes.find((c) => c.field === 'text')!.segments;
      expect(text.filter((s) => s.op === 'INSERT').map((s) => s.text.trim())).toEqual([
        'molto',
        'e nella Piana',
      ]);
      expect(text.filter((s) => s.op === 'DELETE')).toEqual([]);
      expect(code(await api.client().request(DIFF, { id: itemId, from: 1, to: 9 }))).toBe('BAD_USER_INPUT');
    });

    it('withdraws an item with a reason and publishes the change as the next edition', async () => {
      expect(
        fieldErrors(await as('k1').request(WITHDRAW, { input: { id: itemId, expectedVersion: 4 } })),
      ).toEqual({
        reason: ['say why the item is withdrawn'],
      });
      await ok(as('k1'), WITHDRAW, {
        input: { id: itemId, expectedVersion: 4, reason: 'Superato dai dati 2019' },
      });
      expect((await swot(api.client())).items).toEqual([]);
      const { publishSwot } = await ok<{
        publishSwot: { editions: { edition: number; itemCount: number }[] };
      }>(as('k1'), PUBLISH, { input: { areaCode: 'PS6' } });
      expect(publishSwot.editions[0]).toEqual({ edition: 2, itemCount: 0 });
      const audit = await api.sql<{ action: string; n: string }>(
        "SELECT action, count(*) AS n FROM audit_entries WHERE action LIKE 'swot.%' GROUP BY action ORDER BY action",
      );
      expect(audit.map((row) => [row.action, Number(row.n)])).toEqual([
        ['swot.item-added', 1],
        ['swot.item-updated', 2],
        ['swot.item-withdrawn', 1],
        ['swot.published', 2],
      ]);
    });
  });
});
