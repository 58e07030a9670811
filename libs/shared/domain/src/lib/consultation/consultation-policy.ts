import type { PolicyVerdict } from '../governance/body-policy';
import type { BodyRole } from '../governance/body-roles';
import { BODY_ROLE_PERMISSIONS, PERMISSIONS } from '../permissions';
import type { ConsultationStatus } from './consultation-states';

/** What is done to a consultation by those who run it (participation has rules of its own). */
export const CONSULTATION_ACTIONS = [
  'MANAGE_CONSULTATION',
  'MODERATE_CONTRIBUTIONS',
  'DISPOSE_CONTRIBUTIONS',
] as const;
export type ConsultationAction = (typeof CONSULTATION_ACTIONS)[number];

/** Roles on the Comitato operativo, and whether the person holds the platform's moderator role. */
export interface ConsultationStanding {
  committee: readonly BodyRole[];
  moderator: boolean;
}

const PHRASES: Readonly<Record<ConsultationAction, string>> = {
  MANAGE_CONSULTATION: 'run public consultations',
  MODERATE_CONTRIBUTIONS: 'moderate contributions',
  DISPOSE_CONTRIBUTIONS: 'answer contributions',
};

const isDrafter = (standing: ConsultationStanding) =>
  standing.committee.some((role) => BODY_ROLE_PERMISSIONS[role].includes(PERMISSIONS.PROPOSALS_DRAFT));

/**
 * The committee runs consultations and answers every contribution; moderators keep the netiquette.
 * Standing first, then state, so an outsider learns nothing about the consultation.
 */
export function decideConsultationAction(
  standing: ConsultationStanding,
  action: ConsultationAction,
  status?: ConsultationStatus,
): PolicyVerdict {
  const allowed = action === 'MODERATE_CONTRIBUTIONS' ? standing.moderator : isDrafter(standing);
  if (!allowed) {
    const who = action === 'MODERATE_CONTRIBUTIONS' ? 'moderators' : 'members of the Comitato operativo';
    return { allowed: false, code: 'FORBIDDEN', reason: `Only ${who} can ${PHRASES[action]}.` };
  }
  if (action === 'DISPOSE_CONTRIBUTIONS' && (status === 'DRAFT' || status === 'SCHEDULED')) {
    return {
      allowed: false,
      code: 'CONFLICT',
      reason: `Cannot ${PHRASES[action]}: the consultation has not opened yet.`,
    };
  }
  return { allowed: true };
}
