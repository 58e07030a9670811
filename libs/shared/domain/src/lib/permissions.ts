import { AUTHENTICATED, type RoleName } from './roles';

/**
 * The one permission table. Resolvers declare the permission they need; the guard grants it only
 * when one of the caller's roles lists it here. Anything not listed is denied.
 */
export const PERMISSIONS = {
  /** Read and change one's own account. */
  ACCOUNT_SELF: 'account:self',
  /** Change the dates of the process phases. */
  PROCESS_PHASES_MANAGE: 'process-phases:manage',
  /** See accounts other than one's own and their roles. */
  USERS_READ: 'users:read',
  /** Read the audit trail. */
  AUDIT_READ: 'audit:read',
  /** Record appointments to the bodies and their end, as designated by the Parti. */
  MEMBERSHIPS_MANAGE: 'memberships:manage',
} as const;

export type Permission = (typeof PERMISSIONS)[keyof typeof PERMISSIONS];

export const ROLE_PERMISSIONS: Readonly<Record<RoleName, readonly Permission[]>> = {
  [AUTHENTICATED]: [PERMISSIONS.ACCOUNT_SELF],
  MODERATOR: [PERMISSIONS.ACCOUNT_SELF],
  ADMIN: [
    PERMISSIONS.ACCOUNT_SELF,
    PERMISSIONS.PROCESS_PHASES_MANAGE,
    PERMISSIONS.USERS_READ,
    PERMISSIONS.AUDIT_READ,
    PERMISSIONS.MEMBERSHIPS_MANAGE,
  ],
};

export function roleGrants(role: RoleName, permission: Permission): boolean {
  return ROLE_PERMISSIONS[role].includes(permission);
}

export function rolesGrant(roles: readonly RoleName[], permission: Permission): boolean {
  return roles.some((role) => roleGrants(role, permission));
}
