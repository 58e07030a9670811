import type { PolicyVerdict } from '../governance/body-policy';
import type { BodyRole } from '../governance/body-roles';
import type { ScopeVerdict } from '../governance/expert-scope';
import { BODY_ROLE_PERMISSIONS, PERMISSIONS } from '../permissions';
import type { InterventionStatus } from './intervention-states';

/** What is done to the plan's strategy: the SWOT analysis, the priorities and the interventions. */
export const STRATEGY_ACTIONS = [
  'DRAFT_SWOT',
  'PUBLISH_SWOT',
  'MANAGE_PRIORITIES',
  'DRAFT_INTERVENTION',
  'EDIT_INTERVENTION',
  'CHANGE_INTERVENTION_STATUS',
] as const;
export type StrategyAction = (typeof STRATEGY_ACTIONS)[number];

/**
 * Roles on the Comitato operativo, and for an engaged external expert the verdict of their scope
 * on the subject's area (null when not an engaged expert).
 */
export interface StrategyStanding {
  committee: readonly BodyRole[];
  expert: ScopeVerdict | null;
}

export interface StrategyState {
  intervention?: InterventionStatus;
}

/** Experts bring knowledge to drafts; publishing, priorities and decisions stay with the committee. */
const EXPERT_ACTIONS: readonly StrategyAction[] = ['DRAFT_SWOT', 'DRAFT_INTERVENTION', 'EDIT_INTERVENTION'];

const PHRASES: Readonly<Record<StrategyAction, string>> = {
  DRAFT_SWOT: 'draft the SWOT analysis',
  PUBLISH_SWOT: 'publish the SWOT analysis',
  MANAGE_PRIORITIES: "manage the plan's priorities",
  DRAFT_INTERVENTION: 'draft an intervention',
  EDIT_INTERVENTION: 'edit an intervention',
  CHANGE_INTERVENTION_STATUS: "change an intervention's status",
};

function stateRefusal(action: StrategyAction, state: StrategyState): string | null {
  if (action !== 'EDIT_INTERVENTION') return null;
  if (state.intervention === 'ADOPTED')
    return 'an adopted intervention changes only through a new plan version';
  if (state.intervention === 'DISCARDED') return 'the intervention was discarded; restore it to DRAFT first';
  return null;
}

function standingRefusal(standing: StrategyStanding, action: StrategyAction): string | null {
  const drafter = standing.committee.some((role) =>
    BODY_ROLE_PERMISSIONS[role].includes(PERMISSIONS.PROPOSALS_DRAFT),
  );
  if (drafter) return null;
  const forExperts = EXPERT_ACTIONS.includes(action);
  if (forExperts && standing.expert?.inScope === true) return null;
  if (forExperts && standing.expert?.inScope === false)
    return `This is outside your engagement as an expert: ${standing.expert.reason}.`;
  return forExperts
    ? `Only members of the Comitato operativo or external experts within their engagement can ${PHRASES[action]}.`
    : `Only members of the Comitato operativo can ${PHRASES[action]}.`;
}

/**
 * May someone with this standing do `action` on the strategy in `state`? Default deny, and the
 * standing is checked before the state, as for work plans (decideWorkPlanAction), so an outsider
 * learns nothing about the intervention's state.
 */
export function decideStrategyAction(
  standing: StrategyStanding,
  action: StrategyAction,
  state: StrategyState,
): PolicyVerdict {
  const forbidden = standingRefusal(standing, action);
  if (forbidden) return { allowed: false, code: 'FORBIDDEN', reason: forbidden };
  const refusal = stateRefusal(action, state);
  return refusal
    ? { allowed: false, code: 'CONFLICT', reason: `Cannot ${PHRASES[action]}: ${refusal}.` }
    : { allowed: true };
}
