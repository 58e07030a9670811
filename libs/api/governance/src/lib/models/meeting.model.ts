import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { AgendaSubject, AttendanceStatus, MeetingStatus, MinutesStatus } from '@piano2030/shared-domain';
import { AgendaSubjectEnum, AttendanceStatusEnum, MeetingStatusEnum, MinutesStatusEnum } from './enums';

@ObjectType('Meeting', { description: 'A meeting (seduta) of a body' })
export class MeetingModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  bodyId!: string;

  @Field()
  title!: string;

  @Field()
  startsAt!: Date;

  @Field(() => String, { nullable: true })
  place!: string | null;

  @Field(() => String, { nullable: true, description: 'The video call for remote participants' })
  link!: string | null;

  @Field(() => MeetingStatusEnum)
  status!: MeetingStatus;

  @Field(() => Date, { nullable: true })
  startedAt!: Date | null;

  @Field(() => Date, { nullable: true })
  closedAt!: Date | null;

  @Field(() => MinutesStatusEnum)
  minutesStatus!: MinutesStatus;

  /** The raw text; the `minutes` field shows it only to those who may read it. */
  minutes!: string | null;

  minutesApprovedAtMeetingId!: string | null;
}

@ObjectType('AgendaItem', { description: 'A point of the agenda (ordine del giorno)' })
export class AgendaItemModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  meetingId!: string;

  @Field(() => Int)
  position!: number;

  @Field()
  title!: string;

  @Field(() => String, { nullable: true })
  description!: string | null;

  @Field(() => AgendaSubjectEnum)
  subjectKind!: AgendaSubject;

  @Field(() => String, { nullable: true })
  subjectReference!: string | null;

  @Field(() => String, { nullable: true })
  areaCode!: string | null;

  @Field(() => String, { nullable: true })
  phaseCode!: string | null;
}

@ObjectType('Attendance', { description: "A member's attendance; status is null until recorded" })
export class AttendanceModel {
  membershipId!: string;

  @Field(() => AttendanceStatusEnum, { nullable: true })
  status!: AttendanceStatus | null;
}

@ObjectType('Quorum', { description: 'Whether the members present can decide, by the body rules' })
export class QuorumModel {
  @Field()
  met!: boolean;

  @Field(() => Int, { description: 'Voting members of the body' })
  members!: number;

  @Field(() => Int, { description: 'Voting members present, in person or through their alternate' })
  present!: number;

  @Field(() => Int)
  required!: number;

  @Field(() => [String], { description: 'Parti with no member present, when the rules need each' })
  absentParties!: string[];
}
