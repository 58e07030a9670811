import {
  CONSULTATION_LIMITS,
  isShortWindow,
  schedulingProblems,
  windowDays,
  type ConsultationDocument,
} from './consultation-document';

const NOW = new Date('2026-03-02T09:00:00Z');
const at = (iso: string) => new Date(iso);
const minutes = (n: number) => new Date(NOW.getTime() + n * 60_000);
const days = (from: Date, n: number) => new Date(from.getTime() + n * 24 * 60 * 60_000);

/** A document that can be announced: every case below breaks it in one way. */
const COMPLETE: ConsultationDocument = {
  title: 'Il turismo lento nella Valle del Serchio',
  areaCodes: ['PS6'],
  objectives: 'Raccogliere proposte sui cammini.',
  context: "L'analisi SWOT dell'ambito 6.",
  questions: ['Quali percorsi mancano?'],
  useOfContributions: 'Ogni contributo riceve un esito motivato.',
  timeline: 'Apertura a marzo, rapporto a maggio.',
  resultsReportDue: '2026-05-15',
  opensAt: at('2026-03-03T08:00:00Z'),
  closesAt: at('2026-04-03T18:00:00Z'),
  shortWindowReason: null,
};

const EMPTY: ConsultationDocument = {
  title: '',
  areaCodes: [],
  objectives: '',
  context: '',
  questions: [],
  useOfContributions: '',
  timeline: '',
  resultsReportDue: null,
  opensAt: null,
  closesAt: null,
  shortWindowReason: null,
};

const SHORT_REASON = `a window shorter than ${CONSULTATION_LIMITS.minimumWindowDays} days needs a public reason (at least ${CONSULTATION_LIMITS.reasonMin} characters)`;

describe('schedulingProblems', () => {
  it('finds nothing in a complete document', () => {
    expect(schedulingProblems(COMPLETE, NOW)).toEqual([]);
  });

  it('lists every missing field of an empty document, each on its field', () => {
    expect(schedulingProblems(EMPTY, NOW)).toEqual([
      { field: 'title', message: 'title is required before scheduling' },
      { field: 'objectives', message: 'objectives is required before scheduling' },
      { field: 'context', message: 'context is required before scheduling' },
      { field: 'useOfContributions', message: 'useOfContributions is required before scheduling' },
      { field: 'timeline', message: 'timeline is required before scheduling' },
      { field: 'areaCodes', message: 'name at least one intervention area' },
      { field: 'questions', message: 'ask at least one question' },
      { field: 'opensAt', message: 'opensAt is required before scheduling' },
      { field: 'closesAt', message: 'closesAt is required before scheduling' },
      { field: 'resultsReportDue', message: 'resultsReportDue is required before scheduling' },
    ]);
  });

  it.each<[string, Partial<ConsultationDocument>, [string, string][]]>([
    ['a title of spaces', { title: '   ' }, [['title', 'title is required before scheduling']]],
    [
      'objectives of a line break',
      { objectives: '\n' },
      [['objectives', 'objectives is required before scheduling']],
    ],
    ['only blank questions', { questions: ['  ', ''] }, [['questions', 'ask at least one question']]],
    ['one real question among blanks', { questions: ['', 'Quali percorsi?'] }, []],
    ['no area', { areaCodes: [] }, [['areaCodes', 'name at least one intervention area']]],
    ['opening an hour ago', { opensAt: minutes(-60) }, [['opensAt', 'opensAt must not be in the past']]],
    ['opening 30 s ago (clock skew)', { opensAt: minutes(-0.5) }, []],
    ['opening right now', { opensAt: NOW }, []],
    ['no closing', { closesAt: null }, [['closesAt', 'closesAt is required before scheduling']]],
    [
      'closing when it opens',
      { closesAt: at('2026-03-03T08:00:00Z') },
      [['closesAt', 'closesAt must be after opensAt']],
    ],
    [
      'closing before it opens',
      { closesAt: at('2026-03-01T08:00:00Z') },
      [['closesAt', 'closesAt must be after opensAt']],
    ],
    [
      'a 14-day window without a reason',
      { closesAt: days(at('2026-03-03T08:00:00Z'), 14) },
      [['shortWindowReason', SHORT_REASON]],
    ],
    [
      'a 14-day window with a reason of spaces',
      { closesAt: days(at('2026-03-03T08:00:00Z'), 14), shortWindowReason: '             ' },
      [['shortWindowReason', SHORT_REASON]],
    ],
    [
      'a 14-day window with a reason one character too short',
      { closesAt: days(at('2026-03-03T08:00:00Z'), 14), shortWindowReason: 'x'.repeat(9) },
      [['shortWindowReason', SHORT_REASON]],
    ],
    [
      'a 14-day window with a reason',
      { closesAt: days(at('2026-03-03T08:00:00Z'), 14), shortWindowReason: 'Scadenza del bando regionale.' },
      [],
    ],
    [
      'a window one minute short of 28 days',
      {
        closesAt: new Date(days(at('2026-03-03T08:00:00Z'), 28).getTime() - 60_000),
        resultsReportDue: '2026-04-30',
      },
      [['shortWindowReason', SHORT_REASON]],
    ],
    ['a window of exactly 28 days', { closesAt: days(at('2026-03-03T08:00:00Z'), 28) }, []],
    [
      'no report date',
      { resultsReportDue: null },
      [['resultsReportDue', 'resultsReportDue is required before scheduling']],
    ],
    [
      'the report due before closing',
      { resultsReportDue: '2026-04-02' },
      [['resultsReportDue', 'the results report cannot be due before closing']],
    ],
    ['the report due on the closing day', { resultsReportDue: '2026-04-03' }, []],
    [
      'a short window and an early report together',
      { closesAt: days(at('2026-03-03T08:00:00Z'), 7), resultsReportDue: '2026-03-05' },
      [
        ['shortWindowReason', SHORT_REASON],
        ['resultsReportDue', 'the results report cannot be due before closing'],
      ],
    ],
  ])('%s', (_name, change, expected) => {
    expect(schedulingProblems({ ...COMPLETE, ...change }, NOW)).toEqual(
      expected.map(([field, message]) => ({ field, message })),
    );
  });

  it('does not check the report date against a missing closing date', () => {
    expect(schedulingProblems({ ...COMPLETE, closesAt: null, resultsReportDue: '2020-01-01' }, NOW)).toEqual([
      { field: 'closesAt', message: 'closesAt is required before scheduling' },
    ]);
  });
});

describe('windowDays', () => {
  it.each([
    ['2026-03-01T00:00:00Z', '2026-03-29T00:00:00Z', 28],
    ['2026-03-01T00:00:00Z', '2026-03-28T23:59:59Z', 27],
    ['2026-03-01T12:00:00Z', '2026-03-02T11:59:59Z', 0],
    ['2026-03-01T00:00:00Z', '2026-03-15T00:00:00Z', 14],
  ])('%s → %s is %i whole days', (opens, closes, expected) => {
    expect(windowDays(at(opens), at(closes))).toBe(expected);
  });
});

describe('isShortWindow', () => {
  it.each<[string | null, string | null, boolean]>([
    ['2026-03-01T00:00:00Z', '2026-03-15T00:00:00Z', true],
    ['2026-03-01T00:00:00Z', '2026-03-28T23:59:59Z', true],
    ['2026-03-01T00:00:00Z', '2026-03-29T00:00:00Z', false],
    ['2026-03-01T00:00:00Z', '2026-06-01T00:00:00Z', false],
    [null, '2026-03-15T00:00:00Z', false],
    ['2026-03-01T00:00:00Z', null, false],
    [null, null, false],
  ])('%s → %s: %s', (opens, closes, expected) => {
    expect(isShortWindow(opens ? at(opens) : null, closes ? at(closes) : null)).toBe(expected);
  });
});
