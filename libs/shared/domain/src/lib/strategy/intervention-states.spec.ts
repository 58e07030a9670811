import {
  INTERVENTION_STATUSES,
  interventionTransitionRefusal,
  isPublished,
  type InterventionStatus,
} from './intervention-states';

/** Written out by hand: the only moves the committee makes by itself. */
const ALLOWED: [InterventionStatus, InterventionStatus][] = [
  ['DRAFT', 'IN_CONSULTATION'],
  ['DRAFT', 'DISCARDED'],
  ['IN_CONSULTATION', 'REVISED'],
  ['REVISED', 'IN_CONSULTATION'],
  ['IN_CONSULTATION', 'DISCARDED'],
  ['REVISED', 'DISCARDED'],
  ['DISCARDED', 'DRAFT'],
];

const CASES = INTERVENTION_STATUSES.flatMap((from) =>
  INTERVENTION_STATUSES.map((to) => ({
    from,
    to,
    allowed: ALLOWED.some(([a, b]) => a === from && b === to),
  })),
);

describe('interventionTransitionRefusal', () => {
  it.each(CASES)('$from → $to allowed=$allowed', ({ from, to, allowed }) => {
    const refusal = interventionTransitionRefusal(from, to);
    if (allowed) expect(refusal).toBeNull();
    else expect(refusal).toEqual(expect.any(String));
  });

  it.each([
    ['DRAFT', 'REVISED', 'an intervention in DRAFT can move to IN_CONSULTATION or DISCARDED'],
    ['DISCARDED', 'IN_CONSULTATION', 'an intervention in DISCARDED can move to DRAFT'],
    ['REVISED', 'REVISED', 'the intervention is already REVISED'],
    ['REVISED', 'ADOPTED', 'an intervention becomes ADOPTED only when a plan version is adopted'],
    ['ADOPTED', 'DISCARDED', 'an adopted intervention changes only through a new plan version'],
  ] as const)('explains %s → %s', (from, to, reason) => {
    expect(interventionTransitionRefusal(from, to)).toBe(reason);
  });
});

describe('isPublished', () => {
  it.each(INTERVENTION_STATUSES.map((status) => [status, status !== 'DRAFT'] as const))(
    '%s is published: %s',
    (status, published) => {
      expect(isPublished(status)).toBe(published);
    },
  );
});
