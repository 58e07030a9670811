export const MEMBERSHIP_ROLES = ['CHAIR', 'VICE_CHAIR', 'MEMBER', 'SECRETARY'] as const;
export type MembershipRole = (typeof MEMBERSHIP_ROLES)[number];

/** The secretary records attendance and minutes but neither votes nor holds a seat. */
export const VOTING_ROLES: readonly MembershipRole[] = ['CHAIR', 'VICE_CHAIR', 'MEMBER'];
