import { parseIndicatorCsv, parseNumber } from './indicator-csv';

describe('parseNumber', () => {
  it.each([
    ['9922.5', 9922.5],
    ['9922,5', 9922.5],
    ['9.922,5', 9922.5],
    ['1,234.5', 1234.5],
    ['1.234.567', 1234567],
    ['-1,8', -1.8],
    [' 36301 ', 36301],
  ])('reads %s as %d', (raw, value) => expect(parseNumber(raw)).toBe(value));

  it.each(['', 'abc', '12a', '1,2,3.4.5', '--1', 'NaN', 'Infinity'])('refuses %j', (raw) =>
    expect(parseNumber(raw)).toBeNull(),
  );
});

describe('parseIndicatorCsv', () => {
  it('reads comma and semicolon files with quoted fields and an optional measure', () => {
    expect(parseIndicatorCsv('anno;valore\n2019;"1.047.052"\n2020;512340\n').rows).toEqual([
      { line: 2, measure: '', label: '2019', value: 1047052 },
      { line: 3, measure: '', label: '2020', value: 512340 },
    ]);
    const parsed = parseIndicatorCsv(
      'measure,label,value\r\n"Arrivi, italiani",2019,10\r\nPresenze,2019,"20.5"',
    );
    expect(parsed.rows.map((r) => [r.measure, r.label, r.value])).toEqual([
      ['Arrivi, italiani', '2019', 10],
      ['Presenze', '2019', 20.5],
    ]);
    expect(parsed.rejected).toEqual([]);
  });

  it('lists every bad row with its line and why', () => {
    const parsed = parseIndicatorCsv('period,value\n2018,5\n2019,abc\n,7\n2018,6\n2020\n\n2021,8\n');
    expect(parsed.rows.map((r) => r.label)).toEqual(['2018', '2021']);
    expect(parsed.rejected).toEqual([
      { line: 3, reason: '"abc" is not a number' },
      { line: 4, reason: 'the label is empty' },
      { line: 5, reason: '"2018" appears twice' },
      { line: 6, reason: 'expected 2 fields, found 1' },
      { line: 7, reason: 'empty row' },
    ]);
  });

  it('refuses a file without the needed columns or rows', () => {
    expect(parseIndicatorCsv('year,amount\n2018,5').fileError).toMatch(/value column/);
    expect(parseIndicatorCsv('label,value\n').fileError).toMatch(/at least one data row/);
    expect(parseIndicatorCsv(`label,value\n${'x,1\n'.repeat(2001)}`).fileError).toMatch(/more than 2000/);
  });
});
