import { dayNumber, timelineScale } from './timeline-scale';

describe('timelineScale', () => {
  const quarter = timelineScale('2026-10-01', '2026-12-31');

  it('reads calendar days without slipping across time zones', () => {
    expect(dayNumber('2026-10-02') - dayNumber('2026-10-01')).toBe(1);
    expect(dayNumber('2026-10-01T23:30:00.000Z')).toBe(dayNumber('2026-10-01'));
  });

  it('places a day at its start and spans whole days, both ends included', () => {
    expect(quarter.at('2026-10-01')).toBe(0);
    expect(quarter.span('2026-10-01', '2026-12-31')).toEqual({ left: 0, width: 100 });
    const november = quarter.span('2026-11-01', '2026-11-30');
    expect(november.left).toBeCloseTo((31 / 92) * 100);
    expect(november.width).toBeCloseTo((30 / 92) * 100);
  });

  it('clips what runs outside the axis and says what falls within it', () => {
    expect(quarter.span('2026-09-15', '2026-10-31')).toEqual({
      left: 0,
      width: expect.closeTo((31 / 92) * 100),
    });
    expect(quarter.span('2027-01-10', '2027-02-01').width).toBe(0);
    expect(quarter.includes('2026-12-31')).toBe(true);
    expect(quarter.includes('2027-01-01')).toBe(false);
  });
});
