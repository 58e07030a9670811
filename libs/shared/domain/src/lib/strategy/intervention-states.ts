/**
 * An intervention is drafted by the committee, published for consultation, revised in the light
 * of what was said, and finally adopted with a plan version or discarded.
 */
export const INTERVENTION_STATUSES = ['DRAFT', 'IN_CONSULTATION', 'REVISED', 'ADOPTED', 'DISCARDED'] as const;
export type InterventionStatus = (typeof INTERVENTION_STATUSES)[number];

/**
 * The moves the committee makes by itself. ADOPTED is absent on purpose: only the adoption of a
 * plan version makes an intervention ADOPTED, and only a new version changes it afterwards.
 */
export const INTERVENTION_TRANSITIONS: Readonly<Record<InterventionStatus, readonly InterventionStatus[]>> = {
  DRAFT: ['IN_CONSULTATION', 'DISCARDED'],
  IN_CONSULTATION: ['REVISED', 'DISCARDED'],
  REVISED: ['IN_CONSULTATION', 'DISCARDED'],
  ADOPTED: [],
  DISCARDED: ['DRAFT'],
};

/** Null when the committee may move an intervention from `from` to `to`, else why not. */
export function interventionTransitionRefusal(
  from: InterventionStatus,
  to: InterventionStatus,
): string | null {
  if (from === to) return `the intervention is already ${to}`;
  if (to === 'ADOPTED') return 'an intervention becomes ADOPTED only when a plan version is adopted';
  if (from === 'ADOPTED') return 'an adopted intervention changes only through a new plan version';
  const next = INTERVENTION_TRANSITIONS[from];
  return next.includes(to) ? null : `an intervention in ${from} can move to ${next.join(' or ')}`;
}

/** Drafts are the committee's working material; any other status, discarded included, is public record. */
export function isPublished(status: InterventionStatus): boolean {
  return status !== 'DRAFT';
}
