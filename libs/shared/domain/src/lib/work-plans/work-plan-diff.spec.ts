import { diffActivities, type PlannedActivity } from './work-plan-diff';

const base: PlannedActivity = {
  lineageId: 'a',
  title: 'Mappatura degli indicatori',
  description: 'Raccolta dei dati',
  phaseCode: 'CONTEXT_ANALYSIS',
  areaCode: 'PS1',
  ownerId: 'u1',
  contributorIds: ['e1', 'e2'],
  startOn: '2026-07-01',
  dueOn: '2026-08-31',
  deliverables: ['Rapporto', 'Tabelle'],
};

describe('diffActivities', () => {
  it('finds nothing between identical versions, whatever the order of contributors', () => {
    expect(diffActivities([base], [{ ...base, contributorIds: ['e2', 'e1'] }])).toEqual([]);
  });

  it('lists changed fields with before and after, and added and removed activities', () => {
    const changed = { ...base, dueOn: '2026-09-15', deliverables: ['Tabelle', 'Rapporto'] };
    const added = { ...base, lineageId: 'b', title: 'Incontri con le associazioni' };
    const removed = { ...base, lineageId: 'c', title: 'Questionario' };
    expect(diffActivities([base, removed], [changed, added])).toEqual([
      {
        lineageId: 'a',
        title: base.title,
        kind: 'CHANGED',
        changes: [
          { field: 'dueOn', before: '2026-08-31', after: '2026-09-15' },
          { field: 'deliverables', before: 'Rapporto; Tabelle', after: 'Tabelle; Rapporto' },
        ],
      },
      { lineageId: 'b', title: 'Incontri con le associazioni', kind: 'ADDED', changes: [] },
      { lineageId: 'c', title: 'Questionario', kind: 'REMOVED', changes: [] },
    ]);
  });

  it('reports a change of owner and of contributors as a set', () => {
    const [change] = diffActivities([base], [{ ...base, ownerId: 'u2', contributorIds: ['e1'] }]);
    expect(change.changes).toEqual([
      { field: 'ownerId', before: 'u1', after: 'u2' },
      { field: 'contributorIds', before: 'e1; e2', after: 'e1' },
    ]);
  });
});
