import { graphqlEnum } from '@piano2030/api-core';
import {
  AGENDA_SUBJECTS,
  ATTENDANCE_STATUSES,
  BALLOT_CHOICES,
  BODY_ACTIONS,
  BODY_KINDS,
  MEETING_STATUSES,
  MEMBERSHIP_ROLES,
  MINUTES_STATUSES,
  VOTE_STATUSES,
} from '@piano2030/shared-domain';

export const MembershipRoleEnum = graphqlEnum(MEMBERSHIP_ROLES, 'MembershipRole');
export const BodyKindEnum = graphqlEnum(BODY_KINDS, 'BodyKind');
export const MeetingStatusEnum = graphqlEnum(MEETING_STATUSES, 'MeetingStatus');
export const MinutesStatusEnum = graphqlEnum(MINUTES_STATUSES, 'MinutesStatus');
export const VoteStatusEnum = graphqlEnum(VOTE_STATUSES, 'VoteStatus');
export const AttendanceStatusEnum = graphqlEnum(ATTENDANCE_STATUSES, 'AttendanceStatus');
export const BallotChoiceEnum = graphqlEnum(
  BALLOT_CHOICES,
  'BallotChoice',
  'RECUSED declares a conflict of interest: the seat takes no part and leaves the quorum',
);
export const AgendaSubjectEnum = graphqlEnum(AGENDA_SUBJECTS, 'AgendaSubject');
export const VoteResultEnum = graphqlEnum(['APPROVED', 'REJECTED', 'NO_QUORUM'], 'VoteResult');
export const BodyActionEnum = graphqlEnum(BODY_ACTIONS, 'BodyAction');
