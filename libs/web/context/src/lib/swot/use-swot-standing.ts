import { useQuery } from '@apollo/client/react';
import {
  decideStrategyAction,
  expertScopeCovers,
  todayInItaly,
  type ScopeVerdict,
  type StrategyStanding,
} from '@piano2030/shared-domain';
import type { CurrentUser } from '@piano2030/web-core';
import { useMemo } from 'react';
import { SwotStandingQueryDocument } from './swot.documents';

/** The SWOT belongs to the context analysis phase: experts engaged for it, or for the area, draft it. */
const CONTEXT_ANALYSIS = 'CONTEXT_ANALYSIS';

/**
 * What the signed-in person may do to an area's SWOT, read from the bodies' public composition and
 * the experts' engagements with the API's own policy. The API decides again; this only spares
 * others forms they could not send.
 */
export function useSwotStanding(
  user: CurrentUser | null,
  areaCode: string,
): { canDraft: boolean; canPublish: boolean } {
  const { data } = useQuery(SwotStandingQueryDocument, { skip: !user });
  return useMemo(() => {
    if (!user || !data) return { canDraft: false, canPublish: false };
    const committee = data.bodies
      .filter((body) => body.kind === 'OPERATIONAL_COMMITTEE')
      .flatMap((body) => body.members)
      .filter((member) => member.person.id === user.id)
      .map((member) => member.role);
    const subject = { areaCode, phaseCode: CONTEXT_ANALYSIS };
    const today = todayInItaly();
    const verdicts = data.experts
      .filter((engagement) => engagement.person.id === user.id)
      .map((engagement) => expertScopeCovers(engagement, subject, today));
    const expert: ScopeVerdict | null = verdicts.length
      ? (verdicts.find((verdict) => verdict.inScope) ?? verdicts[0])
      : null;
    const standing: StrategyStanding = { committee, expert };
    return {
      canDraft: decideStrategyAction(standing, 'DRAFT_SWOT', {}).allowed,
      canPublish: decideStrategyAction(standing, 'PUBLISH_SWOT', {}).allowed,
    };
  }, [user, data, areaCode]);
}
