import { romeLocalToDate, toRomeLocal } from './rome-time';

describe('Italian wall-clock time', () => {
  it('reads a winter time as UTC+1 and a summer time as UTC+2', () => {
    expect(romeLocalToDate('2026-01-15T10:30')?.toISOString()).toBe('2026-01-15T09:30:00.000Z');
    expect(romeLocalToDate('2026-07-15T10:30')?.toISOString()).toBe('2026-07-15T08:30:00.000Z');
  });

  it('survives the days the clocks change', () => {
    expect(romeLocalToDate('2026-03-29T12:00')?.toISOString()).toBe('2026-03-29T10:00:00.000Z');
    expect(romeLocalToDate('2026-10-25T12:00')?.toISOString()).toBe('2026-10-25T11:00:00.000Z');
  });

  it('writes an instant back as the input value, and refuses anything else', () => {
    expect(toRomeLocal(new Date('2026-07-15T08:30:00.000Z'))).toBe('2026-07-15T10:30');
    expect(romeLocalToDate('15/07/2026 10:30')).toBeNull();
    expect(romeLocalToDate('')).toBeNull();
  });
});
