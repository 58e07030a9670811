import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import type { HasTexts } from '@piano2030/api-core';
import type {
  ContributionStatus,
  LocalizedText,
  ModerationLogDecision,
  ReportReason,
} from '@piano2030/shared-domain';
import { ContributionStatusEnum } from './contribution.enums';
import { ContributionModel } from './contribution.model';
import { ModerationLogDecisionEnum, ReportReasonEnum } from './moderation.enums';

@ObjectType('ContributionReport', { description: 'An open report, as moderators see it: never who sent it' })
export class ContributionReportModel {
  @Field(() => ReportReasonEnum)
  reason!: ReportReason;

  @Field({ description: "The reporter's note (may be empty)" })
  note!: string;

  @Field(() => GraphQLISODateTime)
  reportedAt!: Date;
}

@ObjectType('ModerationQueueItem', { description: 'A contribution awaiting a moderator: pending, or hidden' })
export class ModerationQueueItemModel {
  @Field(() => ContributionModel)
  contribution!: ContributionModel;

  @Field(() => Int, { description: 'Reports not yet settled by a moderator' })
  openReportCount!: number;

  @Field(() => [ContributionReportModel], { description: 'The open reports, oldest first' })
  openReports!: ContributionReportModel[];
}

@ObjectType('ModerationQueuePage', { description: 'The moderation queue, oldest contribution first' })
export class ModerationQueuePageModel {
  @Field(() => [ModerationQueueItemModel])
  nodes!: ModerationQueueItemModel[];

  @Field(() => String, { nullable: true, description: 'Pass as `after` for the next page' })
  endCursor!: string | null;

  @Field()
  hasNextPage!: boolean;

  @Field(() => Int, { description: 'Contributions in the queue' })
  totalCount!: number;
}

@ObjectType('ModerationAction', { description: 'A row of the moderation log' })
export class ModerationActionModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  contributionId!: string;

  @Field(() => ModerationLogDecisionEnum)
  decision!: ModerationLogDecision;

  @Field(() => ContributionStatusEnum)
  fromStatus!: ContributionStatus;

  @Field(() => ContributionStatusEnum)
  toStatus!: ContributionStatus;

  @Field({ description: "The reason, as the contribution's author was told it" })
  reason!: string;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;

  @Field(() => String, { nullable: true, description: "The moderator's display name; null when automatic" })
  moderatorName!: string | null;
}

@ObjectType('ModerationLogPage', { description: 'The moderation log of a consultation, newest first' })
export class ModerationLogPageModel {
  @Field(() => [ModerationActionModel])
  nodes!: ModerationActionModel[];

  @Field(() => String, { nullable: true, description: 'Pass as `after` for the next page' })
  endCursor!: string | null;

  @Field()
  hasNextPage!: boolean;
}

// `title` and `text` are resolved from `texts` in the requested language (localizedFieldsResolver).
@ObjectType('NetiquetteRule')
export class NetiquetteRuleModel implements HasTexts<'title' | 'text'> {
  @Field({ description: 'Stable code of the rule' })
  code!: string;

  @Field(() => ReportReasonEnum, {
    nullable: true,
    description: 'The report reason to choose when a contribution breaks this rule',
  })
  reportReason!: ReportReason | null;

  texts!: { title: LocalizedText; text: LocalizedText };
}

@ObjectType('Netiquette', { description: 'The rules every contribution follows, and how moderation works' })
export class NetiquetteModel {
  @Field(() => [NetiquetteRuleModel])
  rules!: NetiquetteRuleModel[];

  @Field(() => Int, {
    description:
      'Reports by different people that hide a contribution pending review, unless a consultation sets another',
  })
  defaultHideAfterReports!: number;
}
