import { groupActivities } from './group-activities';

const PHASES = [
  { code: 'CONTEXT_ANALYSIS', name: 'Analisi del contesto' },
  { code: 'LISTENING', name: 'Ascolto e partecipazione' },
];
const AREAS = [
  { code: 'PS1', name: 'Infrastrutture' },
  { code: 'PS6', name: 'Turismo e cultura' },
];

const activity = (id: string, phaseCode: string, areaCode: string) => ({ id, phaseCode, areaCode });

describe('groupActivities', () => {
  it('groups by phase then area in the reference order, keeping the plan order inside an area', () => {
    const groups = groupActivities(
      [
        activity('a', 'LISTENING', 'PS6'),
        activity('b', 'CONTEXT_ANALYSIS', 'PS6'),
        activity('c', 'LISTENING', 'PS1'),
        activity('d', 'LISTENING', 'PS6'),
      ],
      PHASES,
      AREAS,
    );

    expect(
      groups.map((group) => [
        group.phase.name,
        group.areas.map((area) => [area.area.name, area.activities.map((a) => a.id)]),
      ]),
    ).toEqual([
      ['Analisi del contesto', [['Turismo e cultura', ['b']]]],
      [
        'Ascolto e partecipazione',
        [
          ['Infrastrutture', ['c']],
          ['Turismo e cultura', ['a', 'd']],
        ],
      ],
    ]);
  });

  it('puts codes the reference does not know last, named by their code', () => {
    const groups = groupActivities(
      [activity('x', 'NEW_PHASE', 'PS9'), activity('y', 'LISTENING', 'PS1')],
      PHASES,
      AREAS,
    );

    expect(groups.map((group) => group.phase.name)).toEqual(['Ascolto e partecipazione', 'NEW_PHASE']);
    expect(groups[1].areas[0].area).toEqual({ code: 'PS9', name: 'PS9' });
  });

  it('has no groups without activities', () => {
    expect(groupActivities([], PHASES, AREAS)).toEqual([]);
  });
});
