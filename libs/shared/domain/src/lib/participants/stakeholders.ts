/**
 * Who takes part in the process (protocol, Art. 6): the territory's stakeholder organisations by
 * category, and persons speaking for themselves (CITIZEN). The order is the one pages list them in.
 */
export const STAKEHOLDER_CATEGORIES = [
  'LOCAL_INSTITUTION',
  'BUSINESS_ASSOCIATION',
  'TRADE_UNION',
  'RESEARCH_EDUCATION',
  'BANKING_FOUNDATION',
  'LOCAL_SERVICE_COMPANY',
  'THIRD_SECTOR',
  'CITIZEN',
] as const;
export type StakeholderCategory = (typeof STAKEHOLDER_CATEGORIES)[number];

/** The categories an organisation can belong to: CITIZEN is a person speaking for themselves. */
export const ORGANISATION_CATEGORIES = STAKEHOLDER_CATEGORIES.filter(
  (category): category is Exclude<StakeholderCategory, 'CITIZEN'> => category !== 'CITIZEN',
);
export type OrganisationCategory = (typeof ORGANISATION_CATEGORIES)[number];

export function isOrganisationCategory(value: unknown): value is OrganisationCategory {
  return typeof value === 'string' && (ORGANISATION_CATEGORIES as readonly string[]).includes(value);
}

/**
 * A person's request to act on an organisation's behalf: PENDING until an administrator verifies or
 * rejects it; a VERIFIED representation can later be REVOKED. A new request may follow a closed one.
 */
export const REPRESENTATION_STATUSES = ['PENDING', 'VERIFIED', 'REJECTED', 'REVOKED'] as const;
export type RepresentationStatus = (typeof REPRESENTATION_STATUSES)[number];

/** At most one of these per organisation and person (a partial unique index enforces it). */
export const LIVE_REPRESENTATION_STATUSES = [
  'PENDING',
  'VERIFIED',
] as const satisfies readonly RepresentationStatus[];

export const REPRESENTATION_DECISIONS = ['VERIFY', 'REJECT', 'REVOKE'] as const;
export type RepresentationDecision = (typeof REPRESENTATION_DECISIONS)[number];

const DECISION_MOVES: Readonly<
  Record<RepresentationDecision, { from: RepresentationStatus; to: RepresentationStatus }>
> = {
  VERIFY: { from: 'PENDING', to: 'VERIFIED' },
  REJECT: { from: 'PENDING', to: 'REJECTED' },
  REVOKE: { from: 'VERIFIED', to: 'REVOKED' },
};

/** The status a decision leads to. */
export function representationStatusAfter(decision: RepresentationDecision): RepresentationStatus {
  return DECISION_MOVES[decision].to;
}

/** Null when an administrator may take `decision` on a representation in `status`, else why not. */
export function representationDecisionRefusal(
  status: RepresentationStatus,
  decision: RepresentationDecision,
): string | null {
  const { from } = DECISION_MOVES[decision];
  if (status === from) return null;
  const verb = { VERIFY: 'verified', REJECT: 'rejected', REVOKE: 'revoked' }[decision];
  return `only a ${from} representation can be ${verb}, and this one is ${status}`;
}
