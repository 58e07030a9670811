import { BODY_ROLE_PERMISSIONS, PERMISSIONS, type Permission } from '../permissions';
import type { BodyRole } from '../governance/body-roles';
import type { PolicyVerdict } from '../governance/body-policy';
import type { WorkPlanReportStatus, WorkPlanStatus } from './work-plan-states';

/** What is done to a work plan, and by which body: the committee drafts and executes, the Cabina reviews. */
export const WORK_PLAN_ACTIONS = [
  'CREATE_DRAFT',
  'EDIT_DRAFT',
  'PROPOSE',
  'RETURN',
  'REVISE',
  'REPORT_PROGRESS',
  'CLOSE',
  'EDIT_REPORT',
  'SUBMIT_REPORT',
] as const;
export type WorkPlanAction = (typeof WORK_PLAN_ACTIONS)[number];

/** Someone's capacities on the two bodies, and whether they own the activity acted on. */
export interface WorkPlanStanding {
  committee: readonly BodyRole[];
  cabina: readonly BodyRole[];
  owner?: boolean;
}

export interface WorkPlanState {
  plan?: WorkPlanStatus;
  report?: WorkPlanReportStatus;
}

interface Rule {
  body: 'committee' | 'cabina';
  permission: Permission;
  /** A second way in: the activity's owner, holding this permission on the committee. */
  ownerPermission?: Permission;
  refusal: (state: WorkPlanState) => string | null;
}

const needsPlan =
  (...statuses: WorkPlanStatus[]) =>
  (state: WorkPlanState): string | null =>
    state.plan && statuses.includes(state.plan)
      ? null
      : `the work plan must be ${statuses.join(' or ')} (it is ${state.plan ?? 'unknown'})`;

const needsReport =
  (status: WorkPlanReportStatus) =>
  (state: WorkPlanState): string | null =>
    needsPlan('CLOSED')(state) ??
    (state.report === status ? null : `the report must be ${status} (it is ${state.report ?? 'NONE'})`);

export const WORK_PLAN_RULES: Readonly<Record<WorkPlanAction, Rule>> = {
  CREATE_DRAFT: { body: 'committee', permission: PERMISSIONS.PROPOSALS_DRAFT, refusal: () => null },
  EDIT_DRAFT: { body: 'committee', permission: PERMISSIONS.PROPOSALS_DRAFT, refusal: needsPlan('DRAFT') },
  PROPOSE: { body: 'committee', permission: PERMISSIONS.PROPOSALS_DRAFT, refusal: needsPlan('DRAFT') },
  RETURN: { body: 'cabina', permission: PERMISSIONS.WORK_PLANS_REVIEW, refusal: needsPlan('PROPOSED') },
  REVISE: { body: 'committee', permission: PERMISSIONS.PROPOSALS_DRAFT, refusal: needsPlan('RETURNED') },
  REPORT_PROGRESS: {
    body: 'committee',
    permission: PERMISSIONS.WORK_PLANS_COORDINATE,
    ownerPermission: PERMISSIONS.PROPOSALS_DRAFT,
    refusal: needsPlan('ADOPTED', 'IN_EXECUTION'),
  },
  CLOSE: {
    body: 'committee',
    permission: PERMISSIONS.WORK_PLANS_COORDINATE,
    refusal: needsPlan('ADOPTED', 'IN_EXECUTION'),
  },
  EDIT_REPORT: { body: 'committee', permission: PERMISSIONS.PROPOSALS_DRAFT, refusal: needsReport('DRAFT') },
  SUBMIT_REPORT: {
    body: 'committee',
    permission: PERMISSIONS.WORK_PLANS_COORDINATE,
    refusal: needsReport('DRAFT'),
  },
};

const PHRASES: Readonly<Record<WorkPlanAction, string>> = {
  CREATE_DRAFT: 'draft a work plan',
  EDIT_DRAFT: 'edit a draft work plan',
  PROPOSE: 'propose a work plan',
  RETURN: 'return a work plan',
  REVISE: 'revise a work plan',
  REPORT_PROGRESS: "report an activity's progress",
  CLOSE: 'close a work plan',
  EDIT_REPORT: "edit a work plan's report",
  SUBMIT_REPORT: "submit a work plan's report",
};

const grants = (roles: readonly BodyRole[], permission: Permission) =>
  roles.some((role) => BODY_ROLE_PERMISSIONS[role].includes(permission));

/**
 * May someone with this standing do `action` to a work plan in `state`? Default deny, and the role
 * is checked before the state, as for the bodies' own business (decideBodyAction).
 */
export function decideWorkPlanAction(
  standing: WorkPlanStanding,
  action: WorkPlanAction,
  state: WorkPlanState,
): PolicyVerdict {
  const rule = WORK_PLAN_RULES[action];
  const roles = standing[rule.body];
  const allowed =
    grants(roles, rule.permission) ||
    (rule.ownerPermission !== undefined && standing.owner === true && grants(roles, rule.ownerPermission));
  if (!allowed) {
    const who = rule.body === 'committee' ? 'the Comitato operativo' : 'the Cabina di Regia';
    const what = PHRASES[action];
    return {
      allowed: false,
      code: 'FORBIDDEN',
      reason: rule.ownerPermission
        ? `Only the activity's owner or the chair of ${who} can ${what}.`
        : `Only ${rule.permission === PERMISSIONS.PROPOSALS_DRAFT ? 'members' : 'the chair'} of ${who} can ${what}.`,
    };
  }
  const refusal = rule.refusal(state);
  return refusal
    ? { allowed: false, code: 'CONFLICT', reason: `Cannot ${PHRASES[action]}: ${refusal}.` }
    : { allowed: true };
}
