interface Coded {
  code: string;
  name: string;
}

interface Grouped {
  phaseCode: string;
  areaCode: string;
}

export interface AreaGroup<A> {
  area: Coded;
  activities: A[];
}

export interface PhaseGroup<A> {
  phase: Coded;
  areas: AreaGroup<A>[];
}

/** Known codes in the order given; codes the reference does not know (yet) after them, named by code. */
function ordered(codes: readonly string[], known: readonly Coded[]): Coded[] {
  const present = new Set(codes);
  const named = known.filter((item) => present.has(item.code));
  const unknown = [...present].filter((code) => !known.some((item) => item.code === code)).sort();
  return [...named, ...unknown.map((code) => ({ code, name: code }))];
}

/**
 * Activities under their phase, then their area, both in the protocol's order; within an area
 * they keep the plan's own order. Empty groups are left out.
 */
export function groupActivities<A extends Grouped>(
  activities: readonly A[],
  phases: readonly Coded[],
  areas: readonly Coded[],
): PhaseGroup<A>[] {
  return ordered(
    activities.map((activity) => activity.phaseCode),
    phases,
  ).map((phase) => {
    const inPhase = activities.filter((activity) => activity.phaseCode === phase.code);
    return {
      phase,
      areas: ordered(
        inPhase.map((activity) => activity.areaCode),
        areas,
      ).map((area) => ({ area, activities: inPhase.filter((activity) => activity.areaCode === area.code) })),
    };
  });
}
