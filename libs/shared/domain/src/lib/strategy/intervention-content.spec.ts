import {
  INTERVENTION_LIMITS,
  interventionContentErrors,
  totalResources,
  type InterventionContent,
  type InterventionResource,
} from './intervention-content';

const valid: InterventionContent = {
  priorityId: 'p-1',
  title: 'Hub logistico della Piana di Lucca',
  description: "Un polo intermodale per le merci dell'area cartaria.",
  objectives: 'Ridurre il traffico pesante sulle strade provinciali.',
  expectedResults: 'Meno camion in transito, più merci su ferro.',
  guidelineCodes: ['PS2.1', 'PS2.3'],
  kpis: [
    {
      name: 'Merci su ferro',
      unit: '%',
      baselineValue: 4.5,
      baselineYear: 2019,
      target2030: 12,
      indicatorCode: 'IND-FERRO',
    },
  ],
  resources: [
    { year: 2024, source: 'NATIONAL', amount: 120000 },
    { year: 2024, source: 'NGEU_PNRR', amount: 850000.5 },
    { year: 2025, source: 'NATIONAL', amount: 0 },
  ],
  startsOn: '2024-01-01',
  endsOn: '2027-06-30',
  milestones: [
    { title: 'Progetto esecutivo', dueOn: '2024-12-31' },
    { title: 'Fine lavori', dueOn: '2027-06-30' },
  ],
  leadActor: 'Provincia di Lucca',
  partners: ['Comune di Capannori', 'Camera di Commercio'],
  projectCodes: ['CUP-E11B22000000001'],
};

const resource = (overrides: Partial<InterventionResource>): InterventionResource => ({
  year: 2026,
  source: 'REGIONAL',
  amount: 1000,
  ...overrides,
});

describe('interventionContentErrors', () => {
  it('finds nothing wrong with a complete intervention', () => {
    expect(interventionContentErrors(valid)).toEqual({});
  });

  it('accepts a minimal draft: empty texts, no KPIs, resources, milestones, partners or projects', () => {
    const draft = {
      ...valid,
      description: '',
      objectives: '',
      expectedResults: '',
      kpis: [],
      resources: [],
      milestones: [],
      leadActor: '',
      partners: [],
      projectCodes: [],
    };
    expect(interventionContentErrors(draft)).toEqual({});
  });

  it.each<[string, Partial<InterventionContent>, Record<string, string[]>]>([
    ['an empty title', { title: '  ' }, { title: ['title must not be empty'] }],
    [
      'a title too long',
      { title: 'x'.repeat(201) },
      { title: ['title must be at most 200 characters (got 201)'] },
    ],
    ['a title on two lines', { title: 'Hub\nlogistico' }, { title: ['title must fit on one line'] }],
    ['no priority', { priorityId: '' }, { priorityId: ['priorityId must not be empty'] }],
    [
      'a description too long',
      { description: 'x'.repeat(10001) },
      { description: ['description must be at most 10000 characters (got 10001)'] },
    ],
    [
      'no guideline',
      { guidelineCodes: [] },
      { guidelineCodes: ['guidelineCodes must name at least one guideline'] },
    ],
    [
      'a guideline twice',
      { guidelineCodes: ['PS2.1', 'PS2.1'] },
      { guidelineCodes: ['PS2.1 is listed twice'] },
    ],
    [
      'a blank guideline',
      { guidelineCodes: ['PS2.1', ' '] },
      { guidelineCodes: ['guidelineCodes must not contain blank entries'] },
    ],
    [
      'a negative amount',
      { resources: [resource({}), resource({ year: 2027 }), resource({ amount: -5, year: 2028 })] },
      { 'resources.2.amount': ['amount must be zero or more (got -5)'] },
    ],
    [
      'an amount in fractions of a cent',
      { resources: [resource({ amount: 1.005 })] },
      { 'resources.0.amount': ['amount must have at most 2 decimals (got 1.005)'] },
    ],
    [
      'an amount that is not a number',
      { resources: [resource({ amount: NaN })] },
      { 'resources.0.amount': ['amount must be a finite number (got NaN)'] },
    ],
    [
      'an amount above the ceiling',
      { resources: [resource({ amount: 1e11 + 1 })] },
      { 'resources.0.amount': ['amount must be at most 100000000000 (got 100000000001)'] },
    ],
    [
      'a year before the plan',
      { resources: [resource({ year: 2020 })] },
      { 'resources.0.year': ['year must be a whole year from 2021 to 2030 (got 2020)'] },
    ],
    [
      'a year that is not whole',
      { resources: [resource({ year: 2024.5 })] },
      { 'resources.0.year': ['year must be a whole year from 2021 to 2030 (got 2024.5)'] },
    ],
    [
      'an unknown source',
      { resources: [resource({ source: 'FESR' as never })] },
      {
        'resources.0.source': [
          'source must be one of EU_COHESION, NGEU_PNRR, NATIONAL, REGIONAL, PROVINCIA, CAMERA, PRIVATE (got FESR)',
        ],
      },
    ],
    [
      'a year and source twice',
      {
        resources: [
          resource({ year: 2024, source: 'NATIONAL' }),
          resource({ year: 2025, source: 'NATIONAL' }),
          resource({ year: 2024, source: 'PRIVATE' }),
          resource({ year: 2024, source: 'NATIONAL', amount: 5 }),
        ],
      },
      { 'resources.3': ['2024 · NATIONAL is listed twice'] },
    ],
    [
      'an end before the start',
      { endsOn: '2023-12-31', milestones: [] },
      { endsOn: ['endsOn must be on or after startsOn 2024-01-01 (got 2023-12-31)'] },
    ],
    [
      'an end after the plan',
      { endsOn: '2031-01-31', milestones: [] },
      { endsOn: ['endsOn must be on or before 2030-12-31 (got 2031-01-31)'] },
    ],
    [
      'a start before the plan',
      { startsOn: '2020-12-31', milestones: [] },
      { startsOn: ['startsOn must be on or after 2021-01-01 (got 2020-12-31)'] },
    ],
    [
      'an impossible start date',
      { startsOn: '2024-02-30', milestones: [] },
      { startsOn: ["startsOn must be a date written YYYY-MM-DD (got '2024-02-30')"] },
    ],
    [
      'milestones outside the dates or not dates at all',
      {
        milestones: [
          { title: 'Avvio', dueOn: '2023-12-31' },
          { title: 'Collaudo', dueOn: '2027-07-01' },
          { title: 'Gara', dueOn: '31/03/2025' },
          { title: '', dueOn: '2025-03-31' },
        ],
      },
      {
        'milestones.0.dueOn': ['dueOn must fall between 2024-01-01 and 2027-06-30 (got 2023-12-31)'],
        'milestones.1.dueOn': ['dueOn must fall between 2024-01-01 and 2027-06-30 (got 2027-07-01)'],
        'milestones.2.dueOn': ["dueOn must be a date written YYYY-MM-DD (got '31/03/2025')"],
        'milestones.3.title': ['title must not be empty'],
      },
    ],
    [
      'a KPI with an early baseline, no unit and an infinite target',
      { kpis: [{ ...valid.kpis[0], baselineYear: 1999, unit: '', target2030: Infinity }] },
      {
        'kpis.0.baselineYear': ['baselineYear must be a whole year from 2000 to 2030 (got 1999)'],
        'kpis.0.unit': ['unit must not be empty'],
        'kpis.0.target2030': ['target2030 must be a finite number (got Infinity)'],
      },
    ],
    [
      'a KPI with no name, a NaN baseline and a blank indicator',
      { kpis: [{ ...valid.kpis[0], name: '', baselineValue: NaN, indicatorCode: '' }] },
      {
        'kpis.0.name': ['name must not be empty'],
        'kpis.0.baselineValue': ['baselineValue must be a finite number (got NaN)'],
        'kpis.0.indicatorCode': ['indicatorCode must be null rather than blank'],
      },
    ],
    [
      'a partner twice and one too long',
      { partners: ['Comune di Lucca', 'Comune di Lucca', 'x'.repeat(201)] },
      {
        partners: ['Comune di Lucca is listed twice'],
        'partners.2': ['partner must be at most 200 characters (got 201)'],
      },
    ],
    [
      'a lead actor too long',
      { leadActor: 'x'.repeat(201) },
      { leadActor: ['leadActor must be at most 200 characters (got 201)'] },
    ],
    [
      'a project code twice',
      { projectCodes: ['CUP-1', 'CUP-1'] },
      { projectCodes: ['CUP-1 is listed twice'] },
    ],
  ])('reports %s', (_, overrides, errors) => {
    expect(interventionContentErrors({ ...valid, ...overrides })).toEqual(errors);
  });

  it.each([
    [
      'kpis',
      { kpis: Array(INTERVENTION_LIMITS.kpisMax + 1).fill(valid.kpis[0]) },
      'kpis may list at most 20 entries (got 21)',
    ],
    [
      'resources',
      {
        resources: Array.from({ length: 201 }, (_, i) =>
          resource({
            year: 2021 + (i % 10),
            source: i < 70 ? 'NATIONAL' : i < 140 ? 'REGIONAL' : 'PRIVATE',
            amount: i,
          }),
        ),
      },
      'resources may list at most 200 entries (got 201)',
    ],
    [
      'milestones',
      { milestones: Array(31).fill({ title: 'Tappa', dueOn: '2025-01-01' }) },
      'milestones may list at most 30 entries (got 31)',
    ],
    [
      'partners',
      { partners: Array.from({ length: 31 }, (_, i) => `Partner ${i}`) },
      'partners may list at most 30 entries (got 31)',
    ],
  ] as const)('bounds the number of %s', (path, overrides, message) => {
    expect(interventionContentErrors({ ...valid, ...overrides })[path]).toContain(message);
  });

  it('accepts the largest amount with cents', () => {
    const resources = [resource({ amount: 99999999999.99 }), resource({ year: 2027, amount: 1e11 })];
    expect(interventionContentErrors({ ...valid, resources })).toEqual({});
  });
});

describe('totalResources', () => {
  it('sums to the cent where floating point would drift', () => {
    const resources = Array.from({ length: 10 }, (_, i) => resource({ year: 2021 + i, amount: 0.1 }));
    expect(resources.reduce((sum, r) => sum + r.amount, 0)).not.toBe(1);
    expect(totalResources(resources)).toBe(1);
    expect(totalResources([resource({ amount: 0.1 }), resource({ amount: 0.2 })])).toBe(0.3);
    expect(totalResources(valid.resources)).toBe(970000.5);
    expect(totalResources([])).toBe(0);
  });
});
