import {
  INTERVENTION_FIELDS,
  describeKpi,
  describeMilestone,
  describeResource,
  diffInterventions,
  type InterventionSnapshot,
} from './intervention-diff';

const base: InterventionSnapshot = {
  status: 'DRAFT',
  priorityId: 'p-1',
  title: 'Hub logistico della Piana',
  description: "Un polo intermodale per le merci dell'area cartaria.",
  objectives: 'Ridurre il traffico pesante.',
  expectedResults: 'Più merci su ferro.',
  guidelineCodes: ['PS2.3', 'PS2.1'],
  kpis: [
    {
      name: 'Merci su ferro',
      unit: '%',
      baselineValue: 4.5,
      baselineYear: 2019,
      target2030: 12,
      indicatorCode: null,
    },
  ],
  resources: [
    { year: 2025, source: 'NATIONAL', amount: 50000 },
    { year: 2024, source: 'PRIVATE', amount: 10000 },
    { year: 2024, source: 'NATIONAL', amount: 120000 },
  ],
  startsOn: '2024-01-01',
  endsOn: '2027-06-30',
  milestones: [
    { title: 'Fine lavori', dueOn: '2027-06-30' },
    { title: 'Progetto esecutivo', dueOn: '2024-12-31' },
  ],
  leadActor: 'Provincia di Lucca',
  partners: ['Comune di Capannori', 'Camera di Commercio'],
  projectCodes: ['CUP-2', 'CUP-1'],
};

describe('describing entries', () => {
  it.each([
    [describeResource({ year: 2024, source: 'NATIONAL', amount: 120000 }), '2024 · NATIONAL · 120000.00'],
    [describeResource({ year: 2030, source: 'NGEU_PNRR', amount: 0.1 }), '2030 · NGEU_PNRR · 0.10'],
    [describeKpi(base.kpis[0]), 'Merci su ferro (%): 4.5 in 2019 → 12 by 2030'],
    [
      describeKpi({ ...base.kpis[0], indicatorCode: 'IND-FERRO' }),
      'Merci su ferro (%): 4.5 in 2019 → 12 by 2030 · IND-FERRO',
    ],
    [describeMilestone(base.milestones[0]), '2027-06-30 · Fine lavori'],
  ])('%s', (described, expected) => {
    expect(described).toBe(expected);
  });
});

describe('diffInterventions', () => {
  it('lists every field of a snapshot once, in display order', () => {
    expect([...INTERVENTION_FIELDS].sort()).toEqual(Object.keys(base).sort());
    expect(INTERVENTION_FIELDS[0]).toBe('status');
  });

  it('finds nothing when only the order of sets changed', () => {
    const reordered: InterventionSnapshot = {
      ...base,
      guidelineCodes: ['PS2.1', 'PS2.3'],
      resources: [...base.resources].reverse(),
      milestones: [...base.milestones].reverse(),
      partners: [...base.partners].reverse(),
      projectCodes: ['CUP-1', 'CUP-2'],
    };
    expect(diffInterventions(base, reordered)).toEqual([]);
  });

  it('shows a scalar as removed then added', () => {
    expect(diffInterventions(base, { ...base, status: 'IN_CONSULTATION', endsOn: '2028-06-30' })).toEqual([
      {
        field: 'status',
        before: 'DRAFT',
        after: 'IN_CONSULTATION',
        segments: [
          { op: 'DELETE', text: 'DRAFT' },
          { op: 'INSERT', text: 'IN_CONSULTATION' },
        ],
      },
      {
        field: 'endsOn',
        before: '2027-06-30',
        after: '2028-06-30',
        segments: [
          { op: 'DELETE', text: '2027-06-30' },
          { op: 'INSERT', text: '2028-06-30' },
        ],
      },
    ]);
  });

  it('diffs text word by word', () => {
    const [change] = diffInterventions(base, { ...base, title: 'Hub logistico intermodale della Piana' });
    expect(change).toEqual({
      field: 'title',
      before: 'Hub logistico della Piana',
      after: 'Hub logistico intermodale della Piana',
      segments: [
        { op: 'EQUAL', text: 'Hub logistico ' },
        { op: 'INSERT', text: 'intermodale ' },
        { op: 'EQUAL', text: 'della Piana' },
      ],
    });
  });

  it('diffs resources one line each, sorted by year then source in the order of the sources', () => {
    const resources = [...base.resources, { year: 2024, source: 'EU_COHESION' as const, amount: 300000 }];
    resources[0] = { ...resources[0], amount: 55000.5 };
    const [change] = diffInterventions(base, { ...base, resources });
    expect(change.field).toBe('resources');
    expect(change.before).toBe(
      '2024 · NATIONAL · 120000.00\n2024 · PRIVATE · 10000.00\n2025 · NATIONAL · 50000.00',
    );
    expect(change.segments).toEqual([
      { op: 'INSERT', text: '2024 · EU_COHESION · 300000.00\n' },
      { op: 'EQUAL', text: '2024 · NATIONAL · 120000.00\n2024 · PRIVATE · 10000.00\n' },
      { op: 'DELETE', text: '2025 · NATIONAL · 50000.00' },
      { op: 'INSERT', text: '2025 · NATIONAL · 55000.50' },
    ]);
  });

  it('diffs sorted codes, milestones by date, and KPIs in their order', () => {
    const after: InterventionSnapshot = {
      ...base,
      guidelineCodes: ['PS2.3', 'PS1.4'],
      milestones: [...base.milestones, { title: 'Gara', dueOn: '2025-06-30' }],
      kpis: [{ ...base.kpis[0], name: 'Nuovo KPI' }, base.kpis[0]],
    };
    expect(diffInterventions(base, after).map(({ field, segments }) => ({ field, segments }))).toEqual([
      {
        field: 'guidelineCodes',
        segments: [
          { op: 'DELETE', text: 'PS2.1' },
          { op: 'INSERT', text: 'PS1.4' },
          { op: 'EQUAL', text: '\nPS2.3' },
        ],
      },
      {
        field: 'kpis',
        segments: [
          { op: 'INSERT', text: 'Nuovo KPI (%): 4.5 in 2019 → 12 by 2030\n' },
          { op: 'EQUAL', text: 'Merci su ferro (%): 4.5 in 2019 → 12 by 2030' },
        ],
      },
      {
        field: 'milestones',
        segments: [
          { op: 'EQUAL', text: '2024-12-31 · Progetto esecutivo\n' },
          { op: 'INSERT', text: '2025-06-30 · Gara\n' },
          { op: 'EQUAL', text: '2027-06-30 · Fine lavori' },
        ],
      },
    ]);
  });

  it('shows partners in the order written when the set changed', () => {
    const [change] = diffInterventions(base, {
      ...base,
      partners: ['Comune di Capannori', 'Comune di Lucca'],
    });
    expect(change).toEqual({
      field: 'partners',
      before: 'Comune di Capannori\nCamera di Commercio',
      after: 'Comune di Capannori\nComune di Lucca',
      segments: [
        { op: 'EQUAL', text: 'Comune di Capannori\n' },
        { op: 'DELETE', text: 'Camera di Commercio' },
        { op: 'INSERT', text: 'Comune di Lucca' },
      ],
    });
  });

  it('rebuilds both sides of every change from its segments', () => {
    const after: InterventionSnapshot = {
      ...base,
      status: 'REVISED',
      description: 'Un polo per le merci, con un nuovo scalo ferroviario.',
      guidelineCodes: ['PS1.1'],
      resources: [],
      partners: [],
      leadActor: '',
    };
    const changes = diffInterventions(base, after);
    expect(changes.map((c) => c.field)).toEqual([
      'status',
      'description',
      'guidelineCodes',
      'resources',
      'leadActor',
      'partners',
    ]);
    for (const change of changes) {
      const side = (skip: string) =>
        change.segments
          .filter((s) => s.op !== skip)
          .map((s) => s.text)
          .join('');
      expect(side('INSERT')).toBe(change.before);
      expect(side('DELETE')).toBe(change.after);
    }
  });
});
