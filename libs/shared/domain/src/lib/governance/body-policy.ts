import { BODY_ROLE_PERMISSIONS, PERMISSIONS, type Permission } from '../permissions';
import type { BodyKind, BodyRole } from './body-roles';
import type { MeetingStatus, MinutesStatus, VoteStatus } from './meeting-states';

/** The things done on a body's business; each needs one permission and a state of its object. */
export const BODY_ACTIONS = [
  'SCHEDULE_MEETING',
  'START_MEETING',
  'CLOSE_MEETING',
  'RECORD_ATTENDANCE',
  'DRAFT_MINUTES',
  'APPROVE_MINUTES',
  'OPEN_VOTE',
  'CAST_VOTE',
  'CLOSE_VOTE',
  'DRAFT_PROPOSAL',
  'SUBMIT_OPINION',
] as const;
export type BodyAction = (typeof BODY_ACTIONS)[number];

/** What the policy needs to know about the object acted on; absent parts do not apply. */
export interface BodyActionState {
  bodyKind: BodyKind;
  meeting?: MeetingStatus;
  minutes?: MinutesStatus;
  vote?: VoteStatus;
}

export type PolicyVerdict =
  { allowed: true } | { allowed: false; code: 'FORBIDDEN' | 'CONFLICT'; reason: string };

interface ActionRule {
  permission: Permission;
  /** Null when the action is refused in this state, with why. */
  refusal: (state: BodyActionState) => string | null;
}

const needsMeeting =
  (...statuses: MeetingStatus[]) =>
  (state: BodyActionState): string | null =>
    state.meeting && statuses.includes(state.meeting)
      ? null
      : `the meeting must be ${statuses.join(' or ')} (it is ${state.meeting ?? 'unknown'})`;

const needsOpenVote = (state: BodyActionState): string | null =>
  state.vote === 'OPEN' ? null : 'the vote is closed';

export const BODY_ACTION_RULES: Readonly<Record<BodyAction, ActionRule>> = {
  SCHEDULE_MEETING: { permission: PERMISSIONS.MEETINGS_CONVENE, refusal: () => null },
  START_MEETING: { permission: PERMISSIONS.MEETINGS_CONVENE, refusal: needsMeeting('SCHEDULED') },
  CLOSE_MEETING: { permission: PERMISSIONS.MEETINGS_CONVENE, refusal: needsMeeting('IN_PROGRESS') },
  RECORD_ATTENDANCE: { permission: PERMISSIONS.ATTENDANCE_RECORD, refusal: needsMeeting('IN_PROGRESS') },
  DRAFT_MINUTES: {
    permission: PERMISSIONS.MINUTES_DRAFT,
    refusal: (state) =>
      needsMeeting('IN_PROGRESS', 'CLOSED')(state) ??
      (state.minutes === 'APPROVED' ? 'the minutes are already approved' : null),
  },
  APPROVE_MINUTES: {
    permission: PERMISSIONS.MINUTES_APPROVE,
    refusal: (state) =>
      needsMeeting('CLOSED')(state) ??
      (state.minutes === 'DRAFT'
        ? null
        : `the minutes must be a draft (they are ${state.minutes ?? 'NONE'})`),
  },
  OPEN_VOTE: { permission: PERMISSIONS.VOTES_MANAGE, refusal: needsMeeting('IN_PROGRESS') },
  CAST_VOTE: { permission: PERMISSIONS.VOTES_CAST, refusal: needsOpenVote },
  CLOSE_VOTE: { permission: PERMISSIONS.VOTES_MANAGE, refusal: needsOpenVote },
  DRAFT_PROPOSAL: {
    permission: PERMISSIONS.PROPOSALS_DRAFT,
    refusal: (state) =>
      state.bodyKind === 'OPERATIONAL_COMMITTEE' ? null : 'only the Comitato operativo drafts proposals',
  },
  SUBMIT_OPINION: { permission: PERMISSIONS.OPINIONS_SUBMIT, refusal: () => null },
};

/**
 * May someone holding `roles` on a body do `action` to an object in `state`? Default deny: a role
 * grants only what BODY_ROLE_PERMISSIONS lists. The role is checked before the state, so an
 * outsider learns nothing about the object's state.
 */
export function decideBodyAction(
  roles: readonly BodyRole[],
  action: BodyAction,
  state: BodyActionState,
): PolicyVerdict {
  const rule = BODY_ACTION_RULES[action];
  if (!roles.some((role) => BODY_ROLE_PERMISSIONS[role].includes(rule.permission))) {
    return {
      allowed: false,
      code: 'FORBIDDEN',
      reason: roles.length
        ? `As ${roles.join(', ')} of this body you cannot ${describe(action)}.`
        : `Only members of this body can ${describe(action)}.`,
    };
  }
  const refusal = rule.refusal(state);
  return refusal
    ? { allowed: false, code: 'CONFLICT', reason: `Cannot ${describe(action)}: ${refusal}.` }
    : { allowed: true };
}

function describe(action: BodyAction): string {
  return action.toLowerCase().replaceAll('_', ' ');
}
