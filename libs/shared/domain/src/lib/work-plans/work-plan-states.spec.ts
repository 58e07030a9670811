import { previousQuarter, quarterBounds, quarterLabel, quarterOf } from './work-plan-states';

describe('quarters', () => {
  it.each([
    [2026, 1, '2026-01-01', '2026-03-31'],
    [2024, 1, '2024-01-01', '2024-03-31'],
    [2026, 2, '2026-04-01', '2026-06-30'],
    [2026, 3, '2026-07-01', '2026-09-30'],
    [2026, 4, '2026-10-01', '2026-12-31'],
  ])('Q%s %s runs from %s to %s', (year, quarter, startsOn, endsOn) => {
    expect(quarterBounds({ year, quarter })).toEqual({ startsOn, endsOn });
    expect(quarterOf(startsOn)).toEqual({ year, quarter });
    expect(quarterOf(endsOn)).toEqual({ year, quarter });
  });

  it('steps back across the year and names quarters', () => {
    expect(previousQuarter({ year: 2027, quarter: 1 })).toEqual({ year: 2026, quarter: 4 });
    expect(previousQuarter({ year: 2026, quarter: 3 })).toEqual({ year: 2026, quarter: 2 });
    expect(quarterLabel({ year: 2026, quarter: 3 })).toBe('Q3 2026');
  });
});
