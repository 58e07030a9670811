/** A seat on a body. The secretary records attendance and minutes but neither votes nor holds a seat. */
export const MEMBERSHIP_ROLES = ['CHAIR', 'VICE_CHAIR', 'MEMBER', 'SECRETARY'] as const;
export type MembershipRole = (typeof MEMBERSHIP_ROLES)[number];

export const VOTING_ROLES: readonly MembershipRole[] = ['CHAIR', 'VICE_CHAIR', 'MEMBER'];

/**
 * The capacities in which someone acts on a body's business: a membership role, the alternate of a
 * member who delegated a meeting to them, or an external expert engaged by the Cabina.
 */
export const BODY_ROLES = [...MEMBERSHIP_ROLES, 'ALTERNATE', 'EXPERT'] as const;
export type BodyRole = (typeof BODY_ROLES)[number];

export const BODY_KINDS = ['STEERING_BOARD', 'OPERATIONAL_COMMITTEE'] as const;
export type BodyKind = (typeof BODY_KINDS)[number];
