import {
  CONSULTATION_STATUSES,
  consultationTransitionRefusal,
  isConsultationPublic,
  isDocumentEditable,
  type ConsultationStatus,
} from './consultation-states';

/** Written out by hand: forward, one step at a time, and nothing else. */
const ALLOWED: [ConsultationStatus, ConsultationStatus][] = [
  ['DRAFT', 'SCHEDULED'],
  ['SCHEDULED', 'OPEN'],
  ['OPEN', 'CLOSED'],
  ['CLOSED', 'REPORT_PUBLISHED'],
];

const CASES = CONSULTATION_STATUSES.flatMap((from) =>
  CONSULTATION_STATUSES.map((to) => ({
    from,
    to,
    allowed: ALLOWED.some(([a, b]) => a === from && b === to),
  })),
);

describe('consultationTransitionRefusal', () => {
  it('has one case for each pair of states', () => {
    expect(CASES).toHaveLength(25);
    expect(CASES.filter((c) => c.allowed)).toHaveLength(ALLOWED.length);
  });

  it.each(CASES)('$from → $to allowed=$allowed', ({ from, to, allowed }) => {
    const refusal = consultationTransitionRefusal(from, to);
    if (allowed) expect(refusal).toBeNull();
    else expect(refusal).toEqual(expect.any(String));
  });

  it.each([
    ['OPEN', 'OPEN', 'the consultation is already OPEN'],
    ['DRAFT', 'DRAFT', 'the consultation is already DRAFT'],
    ['DRAFT', 'OPEN', 'a consultation in DRAFT can only move to SCHEDULED'],
    ['SCHEDULED', 'CLOSED', 'a consultation in SCHEDULED can only move to OPEN'],
    ['CLOSED', 'OPEN', 'a consultation in CLOSED can only move to REPORT_PUBLISHED'],
    ['OPEN', 'SCHEDULED', 'a consultation in OPEN can only move to CLOSED'],
    ['REPORT_PUBLISHED', 'CLOSED', 'a consultation in REPORT_PUBLISHED is final'],
    ['REPORT_PUBLISHED', 'DRAFT', 'a consultation in REPORT_PUBLISHED is final'],
  ] as const)('explains %s → %s', (from, to, reason) => {
    expect(consultationTransitionRefusal(from, to)).toBe(reason);
  });
});

describe('isDocumentEditable', () => {
  it.each([
    ['DRAFT', true],
    ['SCHEDULED', true],
    ['OPEN', false],
    ['CLOSED', false],
    ['REPORT_PUBLISHED', false],
  ] as const)('%s: %s', (status, editable) => {
    expect(isDocumentEditable(status)).toBe(editable);
  });
});

describe('isConsultationPublic', () => {
  it.each([
    ['DRAFT', false],
    ['SCHEDULED', true],
    ['OPEN', true],
    ['CLOSED', true],
    ['REPORT_PUBLISHED', true],
  ] as const)('%s: %s', (status, isPublic) => {
    expect(isConsultationPublic(status)).toBe(isPublic);
  });
});
