import { digestDue, hourInItaly } from './daily-digest';

describe('the digest hour, in Rome', () => {
  it.each<[string, number]>([
    ['2026-01-15T06:30:00Z', 7], // winter: UTC+1
    ['2026-07-15T05:30:00Z', 7], // summer: UTC+2
    ['2026-01-15T22:59:00Z', 23],
    ['2026-01-15T23:00:00Z', 0],
  ])('%s is hour %i', (at, hour) => {
    expect(hourInItaly(new Date(at))).toBe(hour);
  });

  it('is due from the configured hour until midnight, never when turned off', () => {
    expect(digestDue(new Date('2026-01-15T05:59:00Z'), 7)).toBe(false);
    expect(digestDue(new Date('2026-01-15T06:00:00Z'), 7)).toBe(true);
    expect(digestDue(new Date('2026-01-15T22:00:00Z'), 7)).toBe(true);
    expect(digestDue(new Date('2026-01-15T12:00:00Z'), null)).toBe(false);
  });
});
