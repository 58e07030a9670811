/** What an external expert was engaged for (Art. 4): phases, areas, an optional theme, and dates. */
export interface ExpertScope {
  phaseCodes: readonly string[];
  areaCodes: readonly string[];
  startsOn: string;
  endsOn: string;
  endedOn: string | null;
}

/** What an expert wants to act on: its intervention area and process phase, when it has them. */
export interface ScopedSubject {
  areaCode: string | null;
  phaseCode: string | null;
}

export type ScopeVerdict = { inScope: true } | { inScope: false; reason: string };

/** The last day the engagement holds: its end date, or an earlier termination. */
export function engagementLastDay(scope: Pick<ExpertScope, 'endsOn' | 'endedOn'>): string {
  return scope.endedOn && scope.endedOn < scope.endsOn ? scope.endedOn : scope.endsOn;
}

/**
 * An expert's rights hold only inside their scope and dates: the subject must belong to one of
 * the engaged phases or areas, on a day between the start and the end (or early termination).
 */
export function expertScopeCovers(scope: ExpertScope, subject: ScopedSubject, today: string): ScopeVerdict {
  if (today < scope.startsOn) return { inScope: false, reason: `the engagement starts on ${scope.startsOn}` };
  const lastDay = engagementLastDay(scope);
  if (today > lastDay) return { inScope: false, reason: `the engagement ended on ${lastDay}` };
  const byArea = subject.areaCode !== null && scope.areaCodes.includes(subject.areaCode);
  const byPhase = subject.phaseCode !== null && scope.phaseCodes.includes(subject.phaseCode);
  if (byArea || byPhase) return { inScope: true };
  return { inScope: false, reason: 'the subject is outside the phases and areas of the engagement' };
}
