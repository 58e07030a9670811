import { formatEuro, parseDecimal, resourceTotals } from './money';

describe('parseDecimal', () => {
  it.each([
    ['1.200.000', 1_200_000],
    ['1.200.000,50', 1_200_000.5],
    ['150000,5', 150_000.5],
    ['0,75', 0.75],
    ['49 999,50 €', 49_999.5],
    ['0.5', 0.5],
    ['-5', -5],
  ])('reads the Italian "%s" as %d', (typed, expected) => {
    expect(parseDecimal(typed, 'it')).toBe(expected);
  });

  it('reads English grouping and decimals too', () => {
    expect(parseDecimal('1,200,000.50', 'en')).toBe(1_200_000.5);
    expect(parseDecimal('1200.5', 'en')).toBe(1200.5);
  });

  it('says blank for nothing typed and NaN for what is not a number', () => {
    expect(parseDecimal('  ', 'it')).toBeNull();
    expect(parseDecimal('mille', 'it')).toBeNaN();
    expect(parseDecimal('1,2,3', 'it')).toBeNaN();
  });
});

describe('resourceTotals', () => {
  it('sums rows, columns and the grand total in cents, so they always agree', () => {
    const totals = resourceTotals([
      { year: 2023, source: 'NGEU_PNRR', amount: 0.1 },
      { year: 2023, source: 'REGIONAL', amount: 0.2 },
      { year: 2024, source: 'NGEU_PNRR', amount: 800_000.5 },
      { year: 2024, source: 'CAMERA', amount: Number.NaN },
    ]);
    expect(totals.byYear.get(2023)).toBe(0.3);
    expect(totals.byYear.get(2024)).toBe(800_000.5);
    expect(totals.bySource.get('NGEU_PNRR')).toBe(800_000.6);
    expect(totals.bySource.get('CAMERA')).toBe(0);
    expect(totals.total).toBe(800_000.8);
    const rows = [...totals.byYear.values()].reduce((sum, value) => sum + Math.round(value * 100), 0) / 100;
    const columns =
      [...totals.bySource.values()].reduce((sum, value) => sum + Math.round(value * 100), 0) / 100;
    expect(rows).toBe(totals.total);
    expect(columns).toBe(totals.total);
  });
});

describe('formatEuro', () => {
  it('writes euros the Italian way, cents only when there are some', () => {
    expect(formatEuro(1_200_000, 'it').replace(/\s/g, ' ')).toBe('1.200.000 €');
    expect(formatEuro(800_000.5, 'it').replace(/\s/g, ' ')).toBe('800.000,50 €');
    expect(formatEuro(9922, 'it').replace(/\s/g, ' ')).toBe('9.922 €');
  });
});
