/** The Piano Strategico 2030 runs from the start of the 2021-27 EU programming period to the end of 2030. */
export const PLAN_FIRST_YEAR = 2021;
export const PLAN_LAST_YEAR = 2030;
export const PLAN_START = '2021-01-01';
export const PLAN_END = '2030-12-31';

export const PLAN_YEARS: readonly number[] = Array.from(
  { length: PLAN_LAST_YEAR - PLAN_FIRST_YEAR + 1 },
  (_, i) => PLAN_FIRST_YEAR + i,
);

/**
 * A real calendar day written YYYY-MM-DD. ISO strings then compare correctly as text, which is
 * how the plan's dates are compared everywhere, so nothing else (times, offsets) may slip in.
 */
export function isIsoDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
