import { diffLines, diffTokens, diffWords, lineTokens, wordTokens, type DiffSegment } from './text-diff';

const side = (segments: DiffSegment[], skip: 'INSERT' | 'DELETE') =>
  segments
    .filter((s) => s.op !== skip)
    .map((s) => s.text)
    .join('');

function expectReconstructs(segments: DiffSegment[], before: string, after: string): void {
  expect(side(segments, 'INSERT')).toBe(before);
  expect(side(segments, 'DELETE')).toBe(after);
  for (const [i, segment] of segments.entries()) {
    expect(segment.text).not.toBe('');
    if (i > 0) expect(segment.op).not.toBe(segments[i - 1].op);
  }
}

/** Length of a longest common subsequence, by the textbook table: the yardstick for minimality. */
function lcsLength(a: readonly string[], b: readonly string[]): number {
  let row = new Array<number>(b.length + 1).fill(0);
  for (const x of a) {
    const next = [0];
    for (let j = 1; j <= b.length; j++)
      next[j] = x === b[j - 1] ? row[j - 1] + 1 : Math.max(row[j], next[j - 1]);
    row = next;
  }
  return row[b.length];
}

/** A small deterministic generator, so a failing case can be replayed. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

describe('tokens', () => {
  it.each([
    [
      "Valorizzare l'identità dell'area, più città.",
      ['Valorizzare', ' ', "l'identità", ' ', "dell'area", ', ', 'più', ' ', 'città', '.'],
    ],
    ['2024: 120.000 €', ['2024', ': ', '120', '.', '000', ' €']],
    ["po' di", ['po', "' ", 'di']],
    ['', []],
  ])('splits %j into words and the runs between them', (text, tokens) => {
    expect(wordTokens(text)).toEqual(tokens);
  });

  it('splits lines from their breaks', () => {
    expect(lineTokens('a\nb\r\n\nc\n')).toEqual(['a', '\n', 'b', '\r\n', '\n', 'c', '\n']);
    expect(lineTokens('')).toEqual([]);
  });
});

describe('diffWords', () => {
  it.each<[string, string, DiffSegment[]]>([
    ['', '', []],
    ['uguale', 'uguale', [{ op: 'EQUAL', text: 'uguale' }]],
    ['', 'nuovo testo', [{ op: 'INSERT', text: 'nuovo testo' }]],
    ['vecchio testo', '', [{ op: 'DELETE', text: 'vecchio testo' }]],
    [
      'Rafforzare la filiera cartaria',
      'Rafforzare la filiera cartaria lucchese',
      [
        { op: 'EQUAL', text: 'Rafforzare la filiera cartaria' },
        { op: 'INSERT', text: ' lucchese' },
      ],
    ],
    [
      "Migliorare l'accessibilità della piana",
      "Migliorare l'attrattività della piana",
      [
        { op: 'EQUAL', text: 'Migliorare ' },
        { op: 'DELETE', text: "l'accessibilità" },
        { op: 'INSERT', text: "l'attrattività" },
        { op: 'EQUAL', text: ' della piana' },
      ],
    ],
    [
      'uno due tre quattro',
      'uno tre cinque quattro',
      [
        { op: 'EQUAL', text: 'uno ' },
        { op: 'DELETE', text: 'due ' },
        { op: 'EQUAL', text: 'tre' },
        { op: 'INSERT', text: ' cinque' },
        { op: 'EQUAL', text: ' quattro' },
      ],
    ],
  ])('%j → %j', (before, after, segments) => {
    const diff = diffWords(before, after);
    expect(diff).toEqual(segments);
    expectReconstructs(diff, before, after);
  });

  it('puts deletions before insertions within a change', () => {
    expect(diffWords('a b c', 'x y z')).toEqual([
      { op: 'DELETE', text: 'a b c' },
      { op: 'INSERT', text: 'x y z' },
    ]);
  });

  it('diffs two texts of about 10,000 characters with a few changes', () => {
    const next = random(7);
    const words = [
      'territorio',
      'lucchese',
      'filiera',
      "dell'area",
      'città',
      'piana',
      'Serchio',
      'sviluppo',
      '2030',
    ];
    const pick = () => words[Math.floor(next() * words.length)];
    const parts: string[] = [];
    while (parts.join(' ').length < 10000) parts.push(pick());
    const before = parts.join(' ');
    const edited = [...parts];
    edited.splice(40, 3, 'nuova', 'frase');
    edited.splice(700, 0, 'inserita');
    edited.splice(1100, 1);
    edited[1300] = 'cambiata';
    const after = edited.join(' ');
    expect(before.length).toBeGreaterThanOrEqual(10000);

    const diff = diffWords(before, after);
    expectReconstructs(diff, before, after);
    const changed = diff
      .filter((s) => s.op !== 'EQUAL')
      .map((s) => s.text)
      .join('').length;
    expect(changed).toBeLessThan(200);
  });

  it('diffs two unrelated texts of 10,000 characters', () => {
    const next = random(11);
    const text = (letters: string) =>
      Array.from({ length: 2000 }, () => letters[Math.floor(next() * letters.length)].repeat(4)).join(' ');
    const [before, after] = [text('abcdef'), text('defghi')];
    expectReconstructs(diffWords(before, after), before, after);
  });
});

describe('diffLines', () => {
  it('treats each line as a whole', () => {
    const diff = diffLines('PS1.1\nPS1.2\nPS2.1', 'PS1.1\nPS1.3\nPS2.1\nPS3.1');
    expect(diff).toEqual([
      { op: 'EQUAL', text: 'PS1.1\n' },
      { op: 'DELETE', text: 'PS1.2' },
      { op: 'INSERT', text: 'PS1.3' },
      { op: 'EQUAL', text: '\nPS2.1' },
      { op: 'INSERT', text: '\nPS3.1' },
    ]);
    expectReconstructs(diff, 'PS1.1\nPS1.2\nPS2.1', 'PS1.1\nPS1.3\nPS2.1\nPS3.1');
  });

  it('does not match a line by its words', () => {
    expect(diffLines('Comune di Lucca', 'Comune di Capannori')).toEqual([
      { op: 'DELETE', text: 'Comune di Lucca' },
      { op: 'INSERT', text: 'Comune di Capannori' },
    ]);
  });
});

describe('diffTokens', () => {
  it('finds a shortest edit script and reconstructs both sides, on random sequences', () => {
    const next = random(2030);
    for (let run = 0; run < 500; run++) {
      const alphabet = 'abcd'.slice(0, 1 + Math.floor(next() * 4));
      const sequence = () =>
        Array.from({ length: Math.floor(next() * 14) }, () => alphabet[Math.floor(next() * alphabet.length)]);
      const [a, b] = [sequence(), sequence()];
      const diff = diffTokens(a, b);
      expectReconstructs(diff, a.join(''), b.join(''));
      const kept = side(
        diff.filter((s) => s.op === 'EQUAL'),
        'INSERT',
      ).length;
      expect({ a, b, kept }).toEqual({ a, b, kept: lcsLength(a, b) });
    }
  });
});
