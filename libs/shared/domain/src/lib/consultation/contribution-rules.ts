/** Istanza, osservazione, proposta (protocol Art. 2) and the commento of a conversation. */
export const CONTRIBUTION_KINDS = ['REQUEST', 'OBSERVATION', 'PROPOSAL', 'COMMENT'] as const;
export type ContributionKind = (typeof CONTRIBUTION_KINDS)[number];

/** Where a contribution points inside the consultation's scope. */
export const ANCHOR_KINDS = ['INTERVENTION', 'SWOT_ITEM', 'PARAGRAPH'] as const;
export type AnchorKind = (typeof ANCHOR_KINDS)[number];

/**
 * PENDING waits for a moderator (pre-moderation); PUBLISHED is public; HIDDEN was taken down
 * (by reports or a moderator) pending review; REJECTED was refused by a moderator.
 */
export const CONTRIBUTION_STATUSES = ['PENDING', 'PUBLISHED', 'HIDDEN', 'REJECTED'] as const;
export type ContributionStatus = (typeof CONTRIBUTION_STATUSES)[number];

export const REPORT_REASONS = ['SPAM', 'OFFENSIVE', 'OFF_TOPIC', 'PERSONAL_DATA', 'OTHER'] as const;
export type ReportReason = (typeof REPORT_REASONS)[number];

export const MODERATION_DECISIONS = ['APPROVE', 'HIDE', 'RESTORE', 'REJECT'] as const;
export type ModerationDecision = (typeof MODERATION_DECISIONS)[number];

/** Accolto, parzialmente accolto, non accolto, già previsto, non pertinente. */
export const DISPOSITION_OUTCOMES = [
  'ACCEPTED',
  'PARTIALLY_ACCEPTED',
  'REJECTED',
  'ALREADY_PLANNED',
  'NOT_RELEVANT',
] as const;
export type DispositionOutcome = (typeof DISPOSITION_OUTCOMES)[number];

export const CONTRIBUTION_LIMITS = {
  bodyMin: 1,
  bodyMax: 5_000,
  /** A root contribution is depth 1; a reply to a reply to a reply is the deepest. */
  maxDepth: 3,
  editWindowMinutes: 15,
  /** Reports by different people that hide a contribution until a moderator looks at it. */
  defaultHideAfterReports: 3,
  perPersonPerMinute: 10,
  /** Reports one person may send in an hour: enough for a bad thread, too few to bury a consultation. */
  reportsPerPersonPerHour: 30,
  idempotencyKeyMin: 8,
  idempotencyKeyMax: 100,
  reportNoteMax: 1_000,
  reasonMin: 10,
  reasonMax: 5_000,
  pageSizeDefault: 20,
  paragraphRefMax: 100,
} as const;

/** Characters a text must not carry: NUL and the other C0 controls except tab and line breaks. */
// eslint-disable-next-line no-control-regex
const FORBIDDEN_CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

/** Null when the body can be stored, else what is wrong with it. Length counts characters, not bytes. */
export function contributionBodyProblem(body: string): string | null {
  if (body.includes('\u0000')) return 'body must not contain NUL characters';
  if (FORBIDDEN_CONTROLS.test(body)) return 'body must not contain control characters';
  const length = [...body.trim()].length;
  if (length < CONTRIBUTION_LIMITS.bodyMin) return 'body must not be empty';
  if (length > CONTRIBUTION_LIMITS.bodyMax)
    return `body must be at most ${CONTRIBUTION_LIMITS.bodyMax} characters (it has ${length})`;
  return null;
}

/** Whether the author may still change the text, `now` minutes after posting. */
export function isWithinEditWindow(postedAt: Date, now: Date): boolean {
  return now.getTime() - postedAt.getTime() <= CONTRIBUTION_LIMITS.editWindowMinutes * 60_000;
}

/** What the public sees of a contribution in each status. */
export function isPubliclyVisible(status: ContributionStatus): boolean {
  return status === 'PUBLISHED';
}
