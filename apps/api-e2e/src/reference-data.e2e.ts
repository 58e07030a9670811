import { readFileSync } from 'node:fs';
import path from 'node:path';
import { onlyError } from '@piano2030/api-testing';
import { startApi, type RunningApi } from './support/api-process';
import { REPO_ROOT } from './support/paths';

/** The protocol as signed: the areas are checked against its text, not against a copy of our seed. */
const protocol = readFileSync(
  path.join(REPO_ROOT, '../shared/seeds/protocollo-piano-strategico-2030.txt'),
  'utf8',
)
  .replace(/’/g, "'")
  .replace(/\s+/g, ' ');

describe('reference data from the protocol', () => {
  let api: RunningApi;
  beforeAll(async () => (api = await startApi()));
  afterAll(() => api?.stop());

  it('lists the eight intervention areas in the order of Art. 3', async () => {
    const { data } = await api
      .client()
      .request<{ interventionAreas: { code: string; position: number; name: string }[] }>(
        '{ interventionAreas { code position name } }',
      );
    const areas = data!.interventionAreas;
    expect(areas.map((a) => a.code)).toEqual(['PS1', 'PS2', 'PS3', 'PS4', 'PS5', 'PS6', 'PS7', 'PS8']);
    const article3 = protocol.slice(protocol.indexOf('Art.3'), protocol.indexOf('Le linee d'));
    const offsets = areas.map((area) => article3.indexOf(area.name));
    expect(offsets.every((offset) => offset >= 0)).toBe(true);
    expect([...offsets].sort((a, b) => a - b)).toEqual(offsets);
  });

  it('answers in English when asked by argument or by Accept-Language, in Italian otherwise', async () => {
    const query = 'query ($locale: Locale) { interventionArea(code: "PS6") { name(locale: $locale) } }';
    const italian = await api.client().request<{ interventionArea: { name: string } }>(query);
    const byArgument = await api
      .client()
      .request<{ interventionArea: { name: string } }>(query, { locale: 'EN' });
    const byHeader = await api
      .client({ 'accept-language': 'en-GB,en;q=0.9' })
      .request<{ interventionArea: { name: string } }>(query);
    expect(italian.data!.interventionArea.name).toBe('Valorizzazione del Turismo e della Cultura');
    expect(byArgument.data!.interventionArea.name).toBe('Enhancing tourism and culture');
    expect(byHeader.data!.interventionArea.name).toBe('Enhancing tourism and culture');
  });

  it('answers NOT_FOUND for an unknown area code', async () => {
    const response = await api.client().request('{ interventionArea(code: "PS9") { code } }');
    expect(onlyError(response).extensions?.code).toBe('NOT_FOUND');
    expect(response.data).toBeNull();
  });

  it('lists the six guidelines, the two Parti and the phases with their dates', async () => {
    const { data } = await api.client().request<{
      guidelines: { code: string; title: string; description: string }[];
      parties: { code: string; name: string }[];
      processPhases: { code: string; startsOn: string; endsOn: string; timing: string }[];
    }>('{ guidelines { code title description } parties { code name } processPhases { code startsOn endsOn timing } }');
    expect(data!.guidelines.map((g) => g.code)).toEqual(['LI1', 'LI2', 'LI3', 'LI4', 'LI5', 'LI6']);
    expect(protocol).toContain(data!.guidelines[1].description.slice(0, 60));
    expect(data!.parties.map((p) => p.name)).toEqual(['Provincia di Lucca', 'Camera di Commercio di Lucca']);
    const phases = data!.processPhases;
    expect(phases.map((p) => p.code)).toEqual([
      'CONTEXT_ANALYSIS',
      'LISTENING',
      'PRIORITIES_AND_INTERVENTIONS',
      'ADOPTION',
      'PROMOTION',
      'MONITORING',
    ]);
    expect(phases.find((p) => p.code === 'ADOPTION')!.endsOn).toBe('2021-06-30');
    for (const phase of phases) expect(phase.endsOn >= phase.startsOn).toBe(true);
  });
});
