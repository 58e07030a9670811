import {
  CONTRIBUTION_STATUSES,
  DISPOSITION_OUTCOMES,
  MODERATION_DECISIONS,
  type ContributionStatus,
  type ModerationDecision,
} from './contribution-rules';
import {
  closesReports,
  dispositionProblems,
  isDisposable,
  moderationTarget,
  outcomeNeedsLink,
  reachesHideThreshold,
} from './moderation';

/** Written out by hand: every move a moderator can make, and nothing else. */
const ALLOWED: [ContributionStatus, ModerationDecision, ContributionStatus][] = [
  ['PENDING', 'APPROVE', 'PUBLISHED'],
  ['PENDING', 'REJECT', 'REJECTED'],
  ['HIDDEN', 'REJECT', 'REJECTED'],
  ['PUBLISHED', 'HIDE', 'HIDDEN'],
  ['HIDDEN', 'RESTORE', 'PUBLISHED'],
];

const CASES = CONTRIBUTION_STATUSES.flatMap((from) =>
  MODERATION_DECISIONS.map((decision) => ({
    from,
    decision,
    to: ALLOWED.find(([a, d]) => a === from && d === decision)?.[2] ?? null,
  })),
);

describe('moderationTarget', () => {
  it.each(CASES)('$from + $decision → $to', ({ from, decision, to }) => {
    const target = moderationTarget(from, decision);
    if (to) expect(target).toEqual({ allowed: true, to });
    else expect(target).toEqual({ allowed: false, reason: expect.stringContaining(`is ${from}`) });
  });

  it('names the current status and the statuses the decision applies to', () => {
    expect(moderationTarget('PUBLISHED', 'RESTORE')).toEqual({
      allowed: false,
      reason: 'The contribution is PUBLISHED: RESTORE applies only to HIDDEN contributions.',
    });
    expect(moderationTarget('REJECTED', 'REJECT')).toEqual({
      allowed: false,
      reason: 'The contribution is REJECTED: REJECT applies only to PENDING or HIDDEN contributions.',
    });
  });
});

describe('reachesHideThreshold', () => {
  it.each([
    ['PUBLISHED', 2, 3, false],
    ['PUBLISHED', 3, 3, true],
    ['PUBLISHED', 4, 3, true],
    ['PUBLISHED', 1, 1, true],
    ['HIDDEN', 3, 3, false],
    ['PENDING', 5, 3, false],
    ['REJECTED', 5, 3, false],
  ] as const)('%s with %i open reports, threshold %i → %s', (status, reports, threshold, hides) => {
    expect(reachesHideThreshold(status, reports, threshold)).toBe(hides);
  });
});

describe('closesReports', () => {
  it.each([
    ['APPROVE', false],
    ['HIDE', false],
    ['RESTORE', true],
    ['REJECT', true],
  ] as const)('%s → %s', (decision, closes) => expect(closesReports(decision)).toBe(closes));
});

describe('isDisposable', () => {
  it.each([
    ['PENDING', false],
    ['PUBLISHED', true],
    ['HIDDEN', true],
    ['REJECTED', false],
  ] as const)('%s → %s', (status, disposable) => expect(isDisposable(status)).toBe(disposable));
});

describe('dispositionProblems', () => {
  const reasons = 'Accolto: la proposta è recepita nella scheda PS6.1.';
  const intervention = '00000000-0000-4000-8000-000000000001';

  it.each(DISPOSITION_OUTCOMES.map((outcome) => [outcome, outcomeNeedsLink(outcome)] as const))(
    '%s needs a link: %s',
    (outcome, needsLink) => {
      const problems = dispositionProblems({ outcome, reasons });
      if (needsLink) expect(problems).toEqual({ interventionId: [expect.stringContaining(outcome)] });
      else expect(problems).toEqual({});
      expect(dispositionProblems({ outcome, reasons, interventionId: intervention })).toEqual({});
      expect(dispositionProblems({ outcome, reasons, swotItemId: intervention })).toEqual({});
    },
  );

  it('counts the reasons in characters, after trimming', () => {
    expect(dispositionProblems({ outcome: 'REJECTED', reasons: '   troppo   ' })).toEqual({
      reasons: ['reasons must be 10 to 5000 characters (it has 6)'],
    });
    expect(dispositionProblems({ outcome: 'REJECTED', reasons: 'è'.repeat(10) })).toEqual({});
    expect(dispositionProblems({ outcome: 'REJECTED', reasons: 'x'.repeat(5001) })).toHaveProperty('reasons');
  });

  it('refuses a version without the item it belongs to', () => {
    expect(
      dispositionProblems({
        outcome: 'ALREADY_PLANNED',
        reasons,
        interventionVersion: 2,
        swotItemVersion: 1,
      }),
    ).toEqual({
      interventionVersion: [expect.any(String)],
      swotItemVersion: [expect.any(String)],
    });
  });
});
