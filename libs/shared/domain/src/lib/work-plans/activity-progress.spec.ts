import { activityStatus, summariseProgress, type ProgressInput } from './activity-progress';

describe('activityStatus', () => {
  it.each([
    ['PLANNED', '2026-09-30', '2026-09-30', 'PLANNED'],
    ['PLANNED', '2026-09-29', '2026-09-30', 'LATE'],
    ['IN_PROGRESS', '2026-09-29', '2026-09-30', 'LATE'],
    ['IN_PROGRESS', '2026-10-01', '2026-09-30', 'IN_PROGRESS'],
    ['DONE', '2026-01-01', '2026-09-30', 'DONE'],
    ['CANCELLED', '2026-01-01', '2026-09-30', 'CANCELLED'],
  ] as const)('%s due %s on %s is %s', (stored, dueOn, today, expected) => {
    expect(activityStatus(stored, dueOn, today)).toBe(expected);
  });
});

describe('summariseProgress', () => {
  const activity = (over: Partial<ProgressInput>): ProgressInput => ({
    phaseCode: 'LISTENING',
    areaCode: 'PS1',
    status: 'IN_PROGRESS',
    progress: 0,
    dueOn: '2026-12-31',
    ...over,
  });

  it('rolls progress up by phase and area, counting done as 100 and leaving cancelled out', () => {
    const summary = summariseProgress(
      [
        activity({ progress: 40 }),
        activity({ status: 'DONE', progress: 70, areaCode: 'PS2' }),
        activity({ status: 'CANCELLED', progress: 90, phaseCode: 'CONTEXT_ANALYSIS' }),
        activity({ status: 'PLANNED', dueOn: '2026-01-31', phaseCode: 'CONTEXT_ANALYSIS', areaCode: 'PS2' }),
      ],
      '2026-06-01',
    );
    expect(summary.overall).toEqual({
      key: null,
      total: 4,
      counts: { PLANNED: 0, IN_PROGRESS: 1, DONE: 1, LATE: 1, CANCELLED: 1 },
      percent: 46.7,
    });
    expect(summary.byPhase.map((r) => [r.key, r.total, r.percent])).toEqual([
      ['CONTEXT_ANALYSIS', 2, 0],
      ['LISTENING', 2, 70],
    ]);
    expect(summary.byArea.map((r) => [r.key, r.counts.LATE, r.percent])).toEqual([
      ['PS1', 0, 40],
      ['PS2', 1, 50],
    ]);
  });

  it('gives 0 for a plan with nothing to count', () => {
    expect(summariseProgress([], '2026-06-01').overall.percent).toBe(0);
    expect(summariseProgress([activity({ status: 'CANCELLED' })], '2026-06-01').overall.percent).toBe(0);
  });
});
