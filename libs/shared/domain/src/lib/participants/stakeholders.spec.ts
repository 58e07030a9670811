import {
  ORGANISATION_CATEGORIES,
  REPRESENTATION_DECISIONS,
  REPRESENTATION_STATUSES,
  isOrganisationCategory,
  representationDecisionRefusal,
  representationStatusAfter,
  type RepresentationDecision,
  type RepresentationStatus,
} from './stakeholders';

/** Written out by hand: the only decisions an administrator can take. */
const ALLOWED: [RepresentationStatus, RepresentationDecision, RepresentationStatus][] = [
  ['PENDING', 'VERIFY', 'VERIFIED'],
  ['PENDING', 'REJECT', 'REJECTED'],
  ['VERIFIED', 'REVOKE', 'REVOKED'],
];

const CASES = REPRESENTATION_STATUSES.flatMap((status) =>
  REPRESENTATION_DECISIONS.map((decision) => ({
    status,
    decision,
    allowed: ALLOWED.some(([from, d]) => from === status && d === decision),
  })),
);

describe('representation decisions', () => {
  it.each(CASES)('$decision on $status: allowed=$allowed', ({ status, decision, allowed }) => {
    const refusal = representationDecisionRefusal(status, decision);
    if (allowed) expect(refusal).toBeNull();
    else expect(refusal).toContain(`this one is ${status}`);
  });

  it.each(ALLOWED)('%s, then %s, gives %s', (_from, decision, to) => {
    expect(representationStatusAfter(decision)).toBe(to);
  });
});

describe('organisation categories', () => {
  it('are every stakeholder category but CITIZEN, which is a person speaking for themselves', () => {
    expect(ORGANISATION_CATEGORIES).toEqual([
      'LOCAL_INSTITUTION',
      'BUSINESS_ASSOCIATION',
      'TRADE_UNION',
      'RESEARCH_EDUCATION',
      'BANKING_FOUNDATION',
      'LOCAL_SERVICE_COMPANY',
      'THIRD_SECTOR',
    ]);
    expect(isOrganisationCategory('CITIZEN')).toBe(false);
    expect(isOrganisationCategory('TRADE_UNION')).toBe(true);
    expect(isOrganisationCategory(42)).toBe(false);
  });
});
