import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { ContributionModel } from './contribution.model';

@ObjectType('ContributionEvent', { description: "An event of a consultation's room, numbered without gaps" })
export class ContributionEventModel {
  @Field(() => Int)
  seq!: number;

  @Field({ description: 'As on the socket: contributions.published, contributions.edited, ...' })
  type!: string;

  @Field(() => GraphQLISODateTime)
  occurredAt!: Date;

  @Field(() => ID, { nullable: true })
  contributionId!: string | null;

  @Field(() => ID, { nullable: true })
  threadId!: string | null;

  @Field(() => String, { nullable: true, description: "The consultation's new status, for status events" })
  status!: string | null;

  @Field(() => ContributionModel, {
    nullable: true,
    description: 'The contribution as it is now (null if the caller may no longer see it)',
  })
  contribution!: ContributionModel | null;
}

@ObjectType('ContributionEventsPage')
export class ContributionEventsPageModel {
  @Field(() => [ContributionEventModel])
  events!: ContributionEventModel[];

  @Field(() => Int, { description: "The room's latest sequence number when this was read" })
  lastSeq!: number;

  @Field({ description: 'More events follow: ask again after the last seq of this page' })
  hasMore!: boolean;
}
