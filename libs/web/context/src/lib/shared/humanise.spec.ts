import { humaniseName, periodLabel } from './humanise';

describe('humaniseName', () => {
  it.each([
    ['avgStayForeign', 'Avg stay foreign'],
    ['totale.presenze', 'Totale · presenze'],
    ['area_x_origin_2018', 'Area x origin 2018'],
    ['shareOfAllBusinessesPct', 'Share of all businesses %'],
    ['YARE_faceToFaceMeetings', 'YARE face to face meetings'],
    ['oneYear_cohort2017_at2018', 'One year cohort 2017 at 2018'],
    ['EURmillion', 'EUR million'],
    ['birthRatePct', 'Birth rate %'],
    ['GDPgrowthPct', 'GDP growth %'],
    ['rischiARevoca', 'Rischi a revoca'],
    ['POR_FESR_EU', 'POR FESR EU'],
  ])('writes %s as %s', (name, words) => {
    expect(humaniseName(name)).toBe(words);
  });
});

describe('periodLabel', () => {
  it('writes a day in the language, and leaves years and categories alone', () => {
    expect(periodLabel('2018-12-31', 'it')).toBe('31 dic 2018');
    expect(periodLabel('2018', 'it')).toBe('2018');
    expect(periodLabel('Versilia', 'it')).toBe('Versilia');
  });
});
