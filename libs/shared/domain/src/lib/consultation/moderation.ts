import {
  CONTRIBUTION_LIMITS,
  type ContributionStatus,
  type DispositionOutcome,
  type ModerationDecision,
} from './contribution-rules';

/** What the moderation log records: a moderator's decision, or the reports threshold acting alone. */
export const MODERATION_LOG_DECISIONS = ['APPROVE', 'HIDE', 'RESTORE', 'REJECT', 'AUTO_HIDE'] as const;
export type ModerationLogDecision = (typeof MODERATION_LOG_DECISIONS)[number];

/**
 * Stored as the moderation reason when the reports threshold hides a contribution. The API speaks
 * English; the web shows its own translation for decision AUTO_HIDE.
 */
export const AUTO_HIDE_REASON =
  'Hidden automatically after several reports by different people, until a moderator reviews it.';

/** Each decision moves a contribution from these statuses to one status. */
const MOVES: Readonly<
  Record<ModerationDecision, { from: readonly ContributionStatus[]; to: ContributionStatus }>
> = {
  APPROVE: { from: ['PENDING'], to: 'PUBLISHED' },
  REJECT: { from: ['PENDING', 'HIDDEN'], to: 'REJECTED' },
  HIDE: { from: ['PUBLISHED'], to: 'HIDDEN' },
  RESTORE: { from: ['HIDDEN'], to: 'PUBLISHED' },
};

export type ModerationTarget = { allowed: true; to: ContributionStatus } | { allowed: false; reason: string };

/** Where a moderator's decision takes a contribution in `from`, or why it cannot (naming the status). */
export function moderationTarget(from: ContributionStatus, decision: ModerationDecision): ModerationTarget {
  const move = MOVES[decision];
  if (move.from.includes(from)) return { allowed: true, to: move.to };
  return {
    allowed: false,
    reason: `The contribution is ${from}: ${decision} applies only to ${move.from.join(' or ')} contributions.`,
  };
}

/** Whether reports take a contribution down: it is public, and enough different people reported it. */
export function reachesHideThreshold(
  status: ContributionStatus,
  openReports: number,
  threshold: number,
): boolean {
  return status === 'PUBLISHED' && openReports >= threshold;
}

/** Decisions that settle the open reports (later reports count afresh); HIDE keeps them for the review. */
export function closesReports(decision: ModerationDecision): boolean {
  return decision === 'RESTORE' || decision === 'REJECT';
}

/** Only contributions that were public (and may still be, as a placeholder) get the committee's answer. */
export function isDisposable(status: ContributionStatus): boolean {
  return status === 'PUBLISHED' || status === 'HIDDEN';
}

/** Outcomes that change the plan: the answer says where (an intervention or a SWOT item). */
export function outcomeNeedsLink(outcome: DispositionOutcome): boolean {
  return outcome === 'ACCEPTED' || outcome === 'PARTIALLY_ACCEPTED';
}

export interface DispositionDraft {
  outcome: DispositionOutcome;
  reasons: string;
  interventionId?: string | null;
  interventionVersion?: number | null;
  swotItemId?: string | null;
  swotItemVersion?: number | null;
}

/** Problems of a disposition's content, by input field; empty when it can be stored. */
export function dispositionProblems(draft: DispositionDraft): Record<string, string[]> {
  const problems: Record<string, string[]> = {};
  const add = (field: string, message: string) => (problems[field] ??= []).push(message);
  const length = [...draft.reasons.trim()].length;
  if (length < CONTRIBUTION_LIMITS.reasonMin || length > CONTRIBUTION_LIMITS.reasonMax) {
    add(
      'reasons',
      `reasons must be ${CONTRIBUTION_LIMITS.reasonMin} to ${CONTRIBUTION_LIMITS.reasonMax} characters (it has ${length})`,
    );
  }
  if (draft.interventionVersion != null && !draft.interventionId) {
    add('interventionVersion', 'a version needs the intervention it belongs to (interventionId)');
  }
  if (draft.swotItemVersion != null && !draft.swotItemId) {
    add('swotItemVersion', 'a version needs the SWOT item it belongs to (swotItemId)');
  }
  if (outcomeNeedsLink(draft.outcome) && !draft.interventionId && !draft.swotItemId) {
    add(
      'interventionId',
      `a ${draft.outcome} contribution must say where it was taken up: an intervention or a SWOT item`,
    );
  }
  return problems;
}
