import type { BodyRole } from './governance/body-roles';
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
  /** Add indicator series and choose the area pages that show them. */
  INDICATORS_MANAGE: 'indicators:manage',
  /** Read the audit trail. */
  AUDIT_READ: 'audit:read',
  /** Record appointments to the bodies and their end, as designated by the Parti. */
  MEMBERSHIPS_MANAGE: 'memberships:manage',
  /** Convene, open and close a body's meetings. */
  MEETINGS_CONVENE: 'meetings:convene',
  /** Record who attends a meeting. */
  ATTENDANCE_RECORD: 'attendance:record',
  /** Write the minutes of a meeting. */
  MINUTES_DRAFT: 'minutes:draft',
  /** Record the approval of a meeting's minutes at a later meeting. */
  MINUTES_APPROVE: 'minutes:approve',
  /** Open and close votes on agenda items. */
  VOTES_MANAGE: 'votes:manage',
  /** Vote on a body's decisions. */
  VOTES_CAST: 'votes:cast',
  /** Draft the committee's proposals (work plans, interventions). */
  PROPOSALS_DRAFT: 'proposals:draft',
  /** Give an opinion on agenda items within one's engagement. */
  OPINIONS_SUBMIT: 'opinions:submit',
  /** Return a proposed work plan to the committee with the board's remarks. */
  WORK_PLANS_REVIEW: 'work-plans:review',
  /** Lead a work plan's execution: any activity's progress, closing the plan, submitting its report. */
  WORK_PLANS_COORDINATE: 'work-plans:coordinate',
  /** Take part in consultations: post, edit one's own, support and report contributions. */
  CONTRIBUTIONS_POST: 'contributions:post',
  /** Review reported and pre-moderated contributions, hide, restore, approve or reject them. */
  CONTRIBUTIONS_MODERATE: 'contributions:moderate',
  /** Verify, reject and revoke the representatives of stakeholder organisations. */
  REPRESENTATIVES_VERIFY: 'representatives:verify',
  /** Read the e-mail outbox (addresses included) and send the daily digests now. */
  NOTIFICATIONS_OPERATE: 'notifications:operate',
} as const;

export type Permission = (typeof PERMISSIONS)[keyof typeof PERMISSIONS];

export const ROLE_PERMISSIONS: Readonly<Record<RoleName, readonly Permission[]>> = {
  [AUTHENTICATED]: [PERMISSIONS.ACCOUNT_SELF, PERMISSIONS.CONTRIBUTIONS_POST],
  MODERATOR: [PERMISSIONS.ACCOUNT_SELF, PERMISSIONS.CONTRIBUTIONS_MODERATE],
  ADMIN: [
    PERMISSIONS.ACCOUNT_SELF,
    PERMISSIONS.PROCESS_PHASES_MANAGE,
    PERMISSIONS.USERS_READ,
    PERMISSIONS.AUDIT_READ,
    PERMISSIONS.MEMBERSHIPS_MANAGE,
    PERMISSIONS.INDICATORS_MANAGE,
    PERMISSIONS.REPRESENTATIVES_VERIFY,
    PERMISSIONS.NOTIFICATIONS_OPERATE,
  ],
};

/**
 * What each capacity on a body grants, inside that body only. Policy functions in
 * governance/body-policy add the state the action needs (an open meeting, an open vote...).
 */
export const BODY_ROLE_PERMISSIONS: Readonly<Record<BodyRole, readonly Permission[]>> = {
  CHAIR: [
    PERMISSIONS.MEETINGS_CONVENE,
    PERMISSIONS.ATTENDANCE_RECORD,
    PERMISSIONS.MINUTES_APPROVE,
    PERMISSIONS.VOTES_MANAGE,
    PERMISSIONS.VOTES_CAST,
    PERMISSIONS.PROPOSALS_DRAFT,
    PERMISSIONS.WORK_PLANS_REVIEW,
    PERMISSIONS.WORK_PLANS_COORDINATE,
  ],
  VICE_CHAIR: [PERMISSIONS.VOTES_CAST, PERMISSIONS.PROPOSALS_DRAFT],
  MEMBER: [PERMISSIONS.VOTES_CAST, PERMISSIONS.PROPOSALS_DRAFT],
  SECRETARY: [PERMISSIONS.ATTENDANCE_RECORD, PERMISSIONS.MINUTES_DRAFT],
  ALTERNATE: [PERMISSIONS.VOTES_CAST],
  EXPERT: [PERMISSIONS.OPINIONS_SUBMIT],
};

export function roleGrants(role: RoleName, permission: Permission): boolean {
  return ROLE_PERMISSIONS[role].includes(permission);
}

export function rolesGrant(roles: readonly RoleName[], permission: Permission): boolean {
  return roles.some((role) => roleGrants(role, permission));
}
