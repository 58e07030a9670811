import { FUNDING_SOURCES, isFundingSource } from './funding-sources';
import { PLAN_END, PLAN_FIRST_YEAR, PLAN_LAST_YEAR, PLAN_START, PLAN_YEARS, isIsoDate } from './plan-horizon';

describe('plan horizon', () => {
  it('runs over ten whole years, 2021 to 2030', () => {
    expect(PLAN_YEARS).toEqual([2021, 2022, 2023, 2024, 2025, 2026, 2027, 2028, 2029, 2030]);
    expect([PLAN_YEARS[0], PLAN_YEARS[PLAN_YEARS.length - 1]]).toEqual([PLAN_FIRST_YEAR, PLAN_LAST_YEAR]);
    expect([PLAN_START, PLAN_END]).toEqual(['2021-01-01', '2030-12-31']);
  });

  it.each([
    ['2024-02-29', true],
    ['2030-12-31', true],
    ['2023-02-29', false],
    ['2024-13-01', false],
    ['2024-04-31', false],
    ['2024-1-05', false],
    ['2024-01-05T00:00:00Z', false],
    ['', false],
  ])('%j is a calendar day: %s', (value, valid) => {
    expect(isIsoDate(value)).toBe(valid);
  });
});

describe('funding sources', () => {
  it('recognises the seven sources and nothing else', () => {
    expect(FUNDING_SOURCES.every(isFundingSource)).toBe(true);
    expect(isFundingSource('national')).toBe(false);
    expect(isFundingSource('FESR')).toBe(false);
  });
});
