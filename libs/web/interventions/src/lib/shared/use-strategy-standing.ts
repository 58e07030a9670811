import { useQuery } from '@apollo/client/react';
import {
  decideStrategyAction,
  expertScopeCovers,
  todayInItaly,
  type InterventionStatus,
  type ScopeVerdict,
  type StrategyAction,
} from '@piano2030/shared-domain';
import { useCurrentUser } from '@piano2030/web-core';
import { useMemo } from 'react';
import { InterventionStandingQueryDocument } from './interventions.documents';

/** Interventions belong to this phase of the process: experts engaged for it, or for the area, draft them. */
const PHASE = 'PRIORITIES_AND_INTERVENTIONS';

export interface StrategyStandingView {
  /** Signed in, and the bodies' composition has arrived. */
  known: boolean;
  /** Sees drafts: the two bodies, engaged experts, administrators (as the API's register decides). */
  insider: boolean;
  /** May `action` be done on an area's interventions in `status`? */
  may: (action: StrategyAction, areaCode: string, status?: InterventionStatus) => boolean;
  /** Whether `action` is open to the person for some area (a committee member: every area). */
  mayAnywhere: (action: StrategyAction) => boolean;
}

const NOBODY: StrategyStandingView = {
  known: false,
  insider: false,
  may: () => false,
  mayAnywhere: () => false,
};

/**
 * What the signed-in person may do with priorities and interventions, read from the bodies' public
 * composition and the experts' engagements with the API's own policy. The API decides again; this
 * only spares people controls they could not use.
 */
export function useStrategyStanding(): StrategyStandingView {
  const { user } = useCurrentUser();
  const { data } = useQuery(InterventionStandingQueryDocument, { skip: !user });
  return useMemo(() => {
    if (!user || !data) return NOBODY;
    const seats = data.bodies.flatMap((body) =>
      body.members.filter((member) => member.person.id === user.id).map((member) => ({ body, member })),
    );
    const committee = seats
      .filter(({ body }) => body.kind === 'OPERATIONAL_COMMITTEE')
      .map(({ member }) => member.role);
    const onSteeringBoard = seats.some(({ body }) => body.kind === 'STEERING_BOARD');
    const engagements = data.experts.filter((engagement) => engagement.person.id === user.id);
    const today = todayInItaly();
    const expertFor = (areaCode: string | null): ScopeVerdict | null => {
      if (!engagements.length) return null;
      const verdicts = engagements.map((engagement) =>
        expertScopeCovers(engagement, { areaCode, phaseCode: PHASE }, today),
      );
      return verdicts.find((verdict) => verdict.inScope) ?? verdicts[0];
    };
    const decide = (action: StrategyAction, areaCode: string | null, status?: InterventionStatus) =>
      decideStrategyAction(
        { committee, expert: expertFor(areaCode) },
        action,
        status ? { intervention: status } : {},
      ).allowed;
    return {
      known: true,
      insider:
        user.roles.includes('ADMIN') ||
        seats.length > 0 ||
        onSteeringBoard ||
        engagements.some((engagement) => engagement.active),
      may: (action, areaCode, status) => decide(action, areaCode, status),
      mayAnywhere: (action) =>
        decide(action, null) ||
        engagements.some((engagement) => engagement.areaCodes.some((area) => decide(action, area))),
    };
  }, [user, data]);
}
