import { formatNumber, formatTicks } from './format-number';

describe('formatNumber', () => {
  it('writes numbers in full as Italian does, thousands grouped from four digits on', () => {
    expect(formatNumber(9922, 'it')).toBe('9.922');
    expect(formatNumber(4287230246, 'it')).toBe('4.287.230.246');
    expect(formatNumber(-1.15, 'it')).toBe('-1,15');
    expect(formatNumber(0, 'it')).toBe('0');
  });

  it('writes them as English does in English', () => {
    expect(formatNumber(9922, 'en')).toBe('9,922');
    expect(formatNumber(-1.15, 'en')).toBe('-1.15');
  });

  it('shortens millions and billions when compact, and only those', () => {
    expect(formatNumber(4287230246, 'it', { compact: true })).toBe('4,3 mld');
    expect(formatNumber(12_500_000, 'it', { compact: true })).toBe('12,5 mln');
    expect(formatNumber(9922, 'it', { compact: true })).toBe('9.922');
    expect(formatNumber(-2_000_000, 'it', { compact: true })).toBe('-2 mln');
    expect(formatNumber(4287230246, 'en', { compact: true })).toBe('4.3 bn');
  });

  it('spells the scale out for screen readers', () => {
    expect(formatNumber(4287230246, 'it', { compact: 'long' })).toBe('4,3 miliardi');
    expect(formatNumber(4287230246, 'en', { compact: 'long' })).toBe('4.3 billion');
    expect(formatNumber(13735, 'it', { compact: 'long' })).toBe('13.735');
  });
});

describe('formatTicks', () => {
  it('shortens every tick alike, with the decimals the step needs', () => {
    expect(formatTicks([0, 2.5e8, 5e8, 7.5e8, 1e9], 'it')).toEqual([
      '0',
      '0,25 mld',
      '0,5 mld',
      '0,75 mld',
      '1 mld',
    ]);
    expect(formatTicks([3.9e9, 4e9, 4.1e9], 'it')).toEqual(['3,9 mld', '4 mld', '4,1 mld']);
  });

  it('writes small ticks in full', () => {
    expect(formatTicks([0, 5000, 10000, 15000], 'it')).toEqual(['0', '5.000', '10.000', '15.000']);
    expect(formatTicks([-4, -2, 0, 2], 'en')).toEqual(['-4', '-2', '0', '2']);
  });
});
