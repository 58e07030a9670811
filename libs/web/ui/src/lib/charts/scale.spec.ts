import { labelEvery, niceScale } from './scale';

describe('niceScale', () => {
  it('starts at zero and ends on a round tick above the largest value', () => {
    expect(niceScale(2429, 13735)).toEqual({ min: 0, max: 15000, ticks: [0, 5000, 10000, 15000] });
    expect(niceScale(1650120, 4093410).ticks).toEqual([0, 2e6, 4e6, 6e6]);
  });

  it('does not start at zero for values far from it, unless told to', () => {
    expect(niceScale(3950120330, 4287230246).ticks).toEqual([3.9e9, 4e9, 4.1e9, 4.2e9, 4.3e9]);
    expect(niceScale(3950120330, 4287230246, 'always').min).toBe(0);
  });

  it('takes in negative values, zero included', () => {
    expect(niceScale(-3.5, 1.2).ticks).toEqual([-4, -2, 0, 2]);
    expect(niceScale(-30, -10).ticks).toEqual([-30, -20, -10, 0]);
  });

  it('gives an axis to zeros alone and clean decimals to small steps', () => {
    expect(niceScale(0, 0).ticks).toEqual([0, 0.25, 0.5, 0.75, 1]);
    expect(niceScale(0.1, 0.7).ticks).toEqual([0, 0.2, 0.4, 0.6, 0.8]);
  });

  it('always has four or five ticks covering the values', () => {
    const ranges: [number, number][] = [
      [1, 9],
      [0.03, 0.31],
      [12, 10001],
      [-7, 93],
      [980, 1020],
      [-1e9, 2.3e9],
      [5, 5],
    ];
    for (const [low, high] of ranges) {
      const { min, max, ticks } = niceScale(low, high);
      expect(ticks.length).toBeGreaterThanOrEqual(4);
      expect(ticks.length).toBeLessThanOrEqual(5);
      expect(min).toBeLessThanOrEqual(low);
      expect(max).toBeGreaterThanOrEqual(high);
    }
  });
});

describe('labelEvery', () => {
  it('keeps every label that fits, and counts back from the last when thinning', () => {
    expect([0, 1, 2, 3, 4].filter(labelEvery(5, 100, 40))).toEqual([0, 1, 2, 3, 4]);
    expect([0, 1, 2, 3, 4, 5, 6].filter(labelEvery(7, 30, 40))).toEqual([0, 2, 4, 6]);
    expect([0, 1, 2, 3, 4, 5].filter(labelEvery(6, 30, 40))).toEqual([1, 3, 5]);
  });
});
