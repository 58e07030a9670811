import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { GraphQLLocalDate } from '@piano2030/api-core';
import type {
  StoredActivityStatus,
  WorkPlanReportStatus,
  WorkPlanStatus,
  WorkPlanVersionStatus,
} from '@piano2030/shared-domain';
import type { ReportSnapshot } from '../entities/work-plan.entity';
import { WorkPlanReportStatusEnum, WorkPlanStatusEnum, WorkPlanVersionStatusEnum } from './work-plan.enums';

@ObjectType('WorkPlan', { description: "A quarter's work plan of the Comitato operativo (protocol Art. 5)" })
export class WorkPlanModel {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  year!: number;

  @Field(() => Int, { description: '1 to 4' })
  quarter!: number;

  @Field(() => WorkPlanStatusEnum)
  status!: WorkPlanStatus;

  @Field(() => Int, { description: 'Optimistic lock: changes name the revision they were made against' })
  revision!: number;

  @Field(() => WorkPlanReportStatusEnum)
  reportStatus!: WorkPlanReportStatus;

  @Field(() => String, { nullable: true })
  reportIntroduction!: string | null;

  @Field(() => String, { nullable: true })
  reportNextSteps!: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  closedAt!: Date | null;

  @Field(() => GraphQLISODateTime)
  updatedAt!: Date;

  adoptedDecisionId!: string | null;
  reportDecisionId!: string | null;
  reportAgendaItemId!: string | null;
  reportSnapshot!: ReportSnapshot | null;
  createdBy!: string;
  createdAt!: Date;
}

@ObjectType('WorkPlanVersion', { description: 'A version of the plan; frozen once proposed' })
export class WorkPlanVersionModel {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  number!: number;

  @Field(() => WorkPlanVersionStatusEnum)
  status!: WorkPlanVersionStatus;

  @Field()
  summary!: string;

  @Field(() => GraphQLISODateTime, { nullable: true })
  proposedAt!: Date | null;

  @Field(() => String, { nullable: true, description: "The Cabina's remarks, when it returned the version" })
  remarks!: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  returnedAt!: Date | null;

  workPlanId!: string;
  agendaItemId!: string | null;
  proposedBy!: string | null;
  decisionId!: string | null;
}

@ObjectType('WorkPlanActivity')
export class WorkPlanActivityModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ID, { description: 'The same activity across versions and quarters' })
  lineageId!: string;

  @Field()
  phaseCode!: string;

  @Field()
  areaCode!: string;

  @Field()
  title!: string;

  @Field()
  description!: string;

  @Field(() => GraphQLLocalDate)
  startOn!: string;

  @Field(() => GraphQLLocalDate)
  dueOn!: string;

  @Field(() => [String])
  deliverables!: string[];

  @Field(() => Int, { description: '0 to 100' })
  progress!: number;

  @Field(() => String, { nullable: true })
  progressNote!: string | null;

  @Field(() => Int, { description: 'Optimistic lock of this activity' })
  revision!: number;

  @Field(() => GraphQLISODateTime)
  updatedAt!: Date;

  versionId!: string;
  ownerId!: string;
  contributorIds!: string[];
  carriedFromId!: string | null;
  /** Stored status; the GraphQL `status` adds LATE from the date. */
  storedStatus!: StoredActivityStatus;
}
