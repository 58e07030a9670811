import { flattenRppIndicator, indicatorNotes, splitValueKey } from './flatten-rpp-indicator';
import type { RppIndicator } from './rpp-file';

const indicator = (extra: Partial<RppIndicator>): RppIndicator => ({
  id: 'x',
  title: 'X',
  titleEn: 'X',
  unit: 'count',
  territory: 'Lucca',
  scope: 'province',
  originalSource: 'Istat',
  sourceLines: [1, 2],
  pianoStrategicoAreas: [],
  ...extra,
});

describe('splitValueKey', () => {
  it.each([
    ['2018', '', '2018'],
    ['2018-12-31', '', '2018-12-31'],
    ['2019H1_EURmillion', 'EURmillion', '2019H1'],
    ['birthRatePct_2018', 'birthRatePct', '2018'],
    ['growthRatePct_netOfExOfficio_2018', 'growthRatePct_netOfExOfficio', '2018'],
    ['inServiceTotal_derived', 'inServiceTotal_derived', ''],
  ])('reads %s as measure %j in %j', (key, measure, label) => {
    expect(splitValueKey(key)).toEqual({ measure, label });
  });
});

describe('flattenRppIndicator', () => {
  it('keeps every printed number: values, changes and breakdown cells, and nothing else', () => {
    const observations = flattenRppIndicator(
      indicator({
        values: { '2018': 9922, note: 'text' as never, VYR_professionalVisitors_alt: '>10000' },
        changePct: { '2018/2017': -0.6 },
        breakdowns: [
          {
            dimension: 'area_2018',
            items: [
              { key: '  Versilia ', totale: { arrivi: 645827, presenze: 2598636 }, note: 'n' },
              { key: 'Piana', value: 317036 },
            ],
          },
          {
            dimension: 'variable_x_year',
            items: [{ key: 'Export', values: { '2018': 3.7, '2019': 0.6 } }],
          },
        ],
      }),
    );
    expect(observations).toEqual([
      { dimension: 'values', measure: '', label: '2018', value: 9922 },
      { dimension: 'changePct', measure: '', label: '2018/2017', value: -0.6 },
      { dimension: 'area_2018', measure: 'totale.arrivi', label: 'Versilia', value: 645827 },
      { dimension: 'area_2018', measure: 'totale.presenze', label: 'Versilia', value: 2598636 },
      { dimension: 'area_2018', measure: '', label: 'Piana', value: 317036 },
      { dimension: 'variable_x_year', measure: 'Export', label: '2018', value: 3.7 },
      { dimension: 'variable_x_year', measure: 'Export', label: '2019', value: 0.6 },
    ]);
  });

  it('collects notes, doubts, missing chart data and comparisons as sentences', () => {
    expect(
      indicatorNotes(
        indicator({
          notes: ['Totals are computed here.'],
          uncertain: 'Year unclear.',
          chartDataMissing: 'Chart at l.10 - data not in text.',
          comparators: { rankInTuscany_2018: 3, Toscana: { avgStay: 3.4, hotelSharePct: [61, 62] } },
        }),
      ),
    ).toEqual([
      'Totals are computed here.',
      'Year unclear.',
      'Chart at l.10 - data not in text.',
      'rankInTuscany_2018: 3',
      'Toscana: avgStay 3.4, hotelSharePct 61, 62',
    ]);
  });
});
