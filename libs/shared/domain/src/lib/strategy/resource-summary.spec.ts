import { FUNDING_SOURCES } from './funding-sources';
import { PLAN_YEARS } from './plan-horizon';
import { RESOURCE_GROUPINGS, summariseResources, type ResourceLine } from './resource-summary';

const LINES: ResourceLine[] = [
  {
    interventionId: 'i1',
    areaCode: 'A2',
    guidelineCodes: ['PS1.2', 'PS1.10'],
    year: 2024,
    source: 'NATIONAL',
    amount: 0.1,
  },
  {
    interventionId: 'i1',
    areaCode: 'A2',
    guidelineCodes: ['PS1.2', 'PS1.10'],
    year: 2025,
    source: 'NGEU_PNRR',
    amount: 0.2,
  },
  {
    interventionId: 'i2',
    areaCode: 'A10',
    guidelineCodes: ['PS1.2'],
    year: 2024,
    source: 'NATIONAL',
    amount: 1000,
  },
  {
    interventionId: 'i3',
    areaCode: 'A2',
    guidelineCodes: ['PS3.1', 'PS3.1'],
    year: 2030,
    source: 'PRIVATE',
    amount: 99.99,
  },
];

const totals = (groups: { key: string; total: number; interventionCount: number }[]) =>
  groups.map(({ key, total, interventionCount }) => [key, total, interventionCount]);

describe('summariseResources', () => {
  it.each([
    [
      'AREA',
      [
        ['A2', 100.29, 2],
        ['A10', 1000, 1],
      ],
    ],
    [
      'SOURCE',
      [
        ['NATIONAL', 1000.1, 2],
        ['NGEU_PNRR', 0.2, 1],
        ['PRIVATE', 99.99, 1],
      ],
    ],
    [
      'YEAR',
      [
        ['2024', 1000.1, 2],
        ['2025', 0.2, 1],
        ['2030', 99.99, 1],
      ],
    ],
    [
      'GUIDELINE',
      [
        ['PS1.2', 1000.3, 2],
        ['PS1.10', 0.3, 1],
        ['PS3.1', 99.99, 1],
      ],
    ],
  ] as const)('groups by %s, in key order, summing to the cent', (groupBy, expected) => {
    const summary = summariseResources(LINES, groupBy);
    expect(summary).toMatchObject({ groupBy, total: 1100.29, interventionCount: 3 });
    expect(totals(summary.groups)).toEqual(expected);
  });

  it('lets GUIDELINE groups count an intervention under each of its guidelines', () => {
    const summary = summariseResources(LINES, 'GUIDELINE');
    const sum = summary.groups.reduce((cents, g) => cents + Math.round(g.total * 100), 0) / 100;
    expect(sum).toBe(1100.59);
    expect(sum).toBeGreaterThan(summary.total);
  });

  it('breaks every group down by all plan years and all sources, zeros included', () => {
    const [a2] = summariseResources(LINES, 'AREA').groups;
    expect(a2.byYear.map((y) => y.year)).toEqual(PLAN_YEARS);
    expect(a2.byYear.filter((y) => y.total !== 0)).toEqual([
      { year: 2024, total: 0.1 },
      { year: 2025, total: 0.2 },
      { year: 2030, total: 99.99 },
    ]);
    expect(a2.bySource.map((s) => s.source)).toEqual(FUNDING_SOURCES);
    expect(a2.bySource.find((s) => s.source === 'PRIVATE')).toEqual({ source: 'PRIVATE', total: 99.99 });
    expect(a2.bySource.find((s) => s.source === 'CAMERA')).toEqual({ source: 'CAMERA', total: 0 });
  });

  it('orders years numerically', () => {
    const lines = [2030, 2021, 2025].map((year) => ({ ...LINES[0], year }));
    expect(summariseResources(lines, 'YEAR').groups.map((g) => g.key)).toEqual(['2021', '2025', '2030']);
  });

  it.each(RESOURCE_GROUPINGS)('summarises nothing by %s as zero', (groupBy) => {
    expect(summariseResources([], groupBy)).toEqual({ groupBy, total: 0, interventionCount: 0, groups: [] });
  });
});
