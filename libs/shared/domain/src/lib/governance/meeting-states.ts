/** A meeting (seduta) is convened, opened by the chair, then closed. */
export const MEETING_STATUSES = ['SCHEDULED', 'IN_PROGRESS', 'CLOSED'] as const;
export type MeetingStatus = (typeof MEETING_STATUSES)[number];

/** The minutes (verbale) are drafted by the secretary and approved at a later meeting, then public. */
export const MINUTES_STATUSES = ['NONE', 'DRAFT', 'APPROVED'] as const;
export type MinutesStatus = (typeof MINUTES_STATUSES)[number];

export const VOTE_STATUSES = ['OPEN', 'CLOSED'] as const;
export type VoteStatus = (typeof VOTE_STATUSES)[number];

/** Delegated: the member is represented by their alternate, who then counts as present and votes. */
export const ATTENDANCE_STATUSES = ['PRESENT', 'ABSENT', 'DELEGATED'] as const;
export type AttendanceStatus = (typeof ATTENDANCE_STATUSES)[number];

/** What a ballot says; RECUSED declares a conflict of interest and leaves the quorum. */
export const BALLOT_CHOICES = ['FOR', 'AGAINST', 'ABSTAIN', 'RECUSED'] as const;
export type BallotChoice = (typeof BALLOT_CHOICES)[number];

/**
 * What an agenda item is about. A work plan proposal or report placed on the agenda by the work plans
 * domain is settled by the vote on it; the other kinds are recorded as the chair describes them.
 */
export const AGENDA_SUBJECTS = [
  'WORK_PLAN',
  'WORK_PLAN_REPORT',
  'INTERVENTION',
  'DOCUMENT',
  'APPOINTMENT',
  'OTHER',
] as const;
export type AgendaSubject = (typeof AGENDA_SUBJECTS)[number];
