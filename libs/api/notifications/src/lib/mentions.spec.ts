import { findMentions, type MentionCandidate } from './mentions';

const SARA: MentionCandidate = { key: 'user:sara', name: 'Sara Romano' };
const SARA_SHORT: MentionCandidate = { key: 'user:sara2', name: 'Sara' };
const CONF: MentionCandidate = { key: 'organisation:conf', name: 'Confartigianato Imprese Lucca' };
const SPA: MentionCandidate = { key: 'organisation:spa', name: 'Lucca Holding S.p.A.' };

describe('findMentions', () => {
  it.each<[string, string, MentionCandidate[], string[]]>([
    ['a person by full name', 'Grazie @Sara Romano per la proposta.', [SARA], ['user:sara']],
    ['an organisation', 'Chiedo a @Confartigianato Imprese Lucca un parere', [CONF], ['organisation:conf']],
    ['at the very start and end', '@Sara Romano', [SARA], ['user:sara']],
    ['across a line break or double space', 'ciao @Sara\n  Romano!', [SARA], ['user:sara']],
    [
      'a name ending in a dot',
      'Come dice @Lucca Holding S.p.A. nel suo contributo',
      [SPA],
      ['organisation:spa'],
    ],
    [
      'several, each once',
      '@Sara Romano e @Confartigianato Imprese Lucca, e ancora @Sara Romano',
      [SARA, CONF],
      ['user:sara', 'organisation:conf'],
    ],
    ['the longest name that fits', 'Ciao @Sara Romano', [SARA_SHORT, SARA], ['user:sara']],
    [
      'the shorter name when the longer does not fit',
      'Ciao @Sara, come va?',
      [SARA_SHORT, SARA],
      ['user:sara2'],
    ],
  ])('finds %s', (_case, text, candidates, expected) => {
    expect(findMentions(text, candidates)).toEqual(expected);
  });

  it.each<[string, string, MentionCandidate[]]>([
    ['a name without the @', 'Grazie Sara Romano', [SARA]],
    ['a name that goes on into a longer word', '@Sara Romanoni ha ragione', [SARA]],
    ['another case', '@sara romano', [SARA]],
    ['an e-mail address', 'scrivete a info@Sara Romano', [SARA]],
    ['only part of a name', '@Sara R.', [SARA]],
    ['initials, never candidates', '@S. R.', [SARA]],
    ['a name two people share', '@Sara Romano', [SARA, { key: 'user:other', name: 'Sara  Romano' }]],
    [
      'a name a person and an organisation share',
      '@Sara Romano',
      [SARA, { key: 'organisation:x', name: 'Sara Romano' }],
    ],
    ['nobody', '@Sara Romano', []],
  ])('ignores %s', (_case, text, candidates) => {
    expect(findMentions(text, candidates)).toEqual([]);
  });

  it('matches the same candidate listed twice under one key', () => {
    expect(findMentions('@Sara Romano', [SARA, SARA])).toEqual(['user:sara']);
  });

  it('treats regular-expression characters in names as text', () => {
    const odd = { key: 'organisation:odd', name: 'A+B (Lucca)' };
    expect(findMentions('Con @A+B (Lucca) e @AAB (Lucca)', [odd])).toEqual(['organisation:odd']);
  });
});
