import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { OutcomeResult, VoteOutcome } from '@piano2030/shared-domain';
import { VoteResultEnum } from './enums';

@ObjectType('DecisionTally')
export class DecisionTallyModel {
  @Field(() => Int)
  for!: number;

  @Field(() => Int)
  against!: number;

  @Field(() => Int)
  abstain!: number;

  @Field(() => Int)
  recused!: number;

  @Field(() => Int, { description: 'Present but cast no ballot' })
  notVoted!: number;
}

@ObjectType('Decision', { description: 'A decision (delibera), numbered per body and year' })
export class DecisionModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  bodyId!: string;

  meetingId!: string;
  voteId!: string;

  @Field(() => Int)
  year!: number;

  @Field(() => Int)
  number!: number;

  @Field()
  title!: string;

  @Field(() => VoteResultEnum)
  result!: OutcomeResult;

  @Field()
  decidedAt!: Date;

  outcome!: VoteOutcome;
}
