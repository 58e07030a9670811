import { planDeadline, quarterSlots } from './quarter-slots';

const phase = (code: string, position: number, startsOn: string, endsOn: string) => ({
  code,
  position,
  startsOn,
  endsOn,
});

const PHASES = [
  phase('CONTEXT_ANALYSIS', 1, '2020-10-01', '2021-01-31'),
  phase('ADOPTION', 4, '2021-06-01', '2021-06-30'),
  phase('MONITORING', 6, '2022-01-01', '2030-12-31'),
];

describe('quarter slots', () => {
  it('takes the end of the adoption phase as the deadline, else the last phase', () => {
    expect(planDeadline(PHASES)).toBe('2021-06-30');
    expect(planDeadline([PHASES[2], PHASES[0]])).toBe('2030-12-31');
    expect(planDeadline([])).toBeNull();
  });

  it('runs from the first phase to the deadline, each quarter once, with its plan', () => {
    const plan = { id: 'p-1', year: 2021, quarter: 1 };
    const { slots, deadline } = quarterSlots(PHASES.slice(0, 2), [plan]);

    expect(deadline).toBe('2021-06-30');
    expect(slots.map((slot) => slot.label)).toEqual(['Q4 2020', 'Q1 2021', 'Q2 2021']);
    expect(slots[0]).toMatchObject({ startsOn: '2020-10-01', endsOn: '2020-12-31', plan: null });
    expect(slots[1].plan).toBe(plan);
  });

  it('reaches the latest plan when it comes after the deadline', () => {
    const { slots } = quarterSlots(PHASES.slice(0, 2), [{ year: 2022, quarter: 2 }]);

    expect(slots.at(-1)).toMatchObject({ label: 'Q2 2022', endsOn: '2022-06-30' });
    expect(slots).toHaveLength(7);
  });

  it('has nothing to show without phases or plans', () => {
    expect(quarterSlots([], []).slots).toEqual([]);
  });
});
