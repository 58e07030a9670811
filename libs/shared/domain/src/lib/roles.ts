/**
 * Platform-wide roles held by an account. Body roles (board, committee, expert) are scoped
 * memberships that the governance domain adds; they grant permissions through the same table.
 */
export const GLOBAL_ROLES = ['ADMIN', 'MODERATOR'] as const;
export type GlobalRole = (typeof GLOBAL_ROLES)[number];

/** Every signed-in account holds this implicit role; anonymous visitors hold none. */
export const AUTHENTICATED = 'AUTHENTICATED' as const;

export type RoleName = GlobalRole | typeof AUTHENTICATED;
