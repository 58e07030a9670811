import { graphqlEnum } from '@piano2030/api-core';
import {
  DISPOSITION_OUTCOMES,
  MODERATION_DECISIONS,
  MODERATION_LOG_DECISIONS,
  REPORT_REASONS,
} from '@piano2030/shared-domain';

export const ReportReasonEnum = graphqlEnum(
  REPORT_REASONS,
  'ReportReason',
  'Which rule of the netiquette a reported contribution breaks',
);
export const ModerationDecisionEnum = graphqlEnum(
  MODERATION_DECISIONS,
  'ModerationDecision',
  'APPROVE a pending one, HIDE a published one, RESTORE or REJECT a hidden one (REJECT a pending one too)',
);
export const ModerationLogDecisionEnum = graphqlEnum(
  MODERATION_LOG_DECISIONS,
  'ModerationLogDecision',
  "A moderator's decision, or AUTO_HIDE when the reports threshold hid it",
);
export const DispositionOutcomeEnum = graphqlEnum(
  DISPOSITION_OUTCOMES,
  'DispositionOutcome',
  'Accolto, parzialmente accolto, non accolto, già previsto, non pertinente',
);
export const DISPOSITION_STATUSES = ['PREPARED', 'PUBLISHED'] as const;
export type DispositionStatus = (typeof DISPOSITION_STATUSES)[number];
export const DispositionStatusEnum = graphqlEnum(
  DISPOSITION_STATUSES,
  'DispositionStatus',
  'PREPARED answers are seen by the committee only; PUBLISHED ones are official and public',
);

/** Where a contribution stands on its way to an answer, for the committee's list. */
export const ANSWER_STATES = ['UNANSWERED', 'PREPARED', 'PUBLISHED'] as const;
export type AnswerState = (typeof ANSWER_STATES)[number];
export const AnswerStateEnum = graphqlEnum(
  ANSWER_STATES,
  'AnswerState',
  'UNANSWERED has no answer yet; PREPARED has one the public cannot see yet; PUBLISHED has its official answer',
);
