import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { BallotChoice, VoteStatus } from '@piano2030/shared-domain';
import { BallotChoiceEnum, VoteStatusEnum } from './enums';

@ObjectType('VoteTally')
export class VoteTallyModel {
  @Field(() => Int)
  for!: number;

  @Field(() => Int)
  against!: number;

  @Field(() => Int)
  abstain!: number;

  @Field(() => Int)
  recused!: number;
}

@ObjectType('Turnout', { description: 'Seats that cast a ballot, of the voting seats' })
export class TurnoutModel {
  @Field(() => Int)
  voted!: number;

  @Field(() => Int)
  eligible!: number;
}

@ObjectType('Vote', { description: 'A vote on an agenda item' })
export class VoteModel {
  @Field(() => ID)
  id!: string;

  bodyId!: string;
  meetingId!: string;

  @Field(() => ID)
  agendaItemId!: string;

  @Field()
  title!: string;

  @Field(() => VoteStatusEnum)
  status!: VoteStatus;

  @Field(() => Date, { nullable: true, description: 'Open until then, for members not attending' })
  deadline!: Date | null;

  @Field()
  openedAt!: Date;

  @Field(() => Date, { nullable: true })
  closedAt!: Date | null;
}

@ObjectType('Ballot', { description: "One seat's vote" })
export class BallotModel {
  voteId!: string;
  membershipId!: string;
  castBy!: string;

  @Field(() => BallotChoiceEnum)
  choice!: BallotChoice;

  @Field()
  castAt!: Date;
}
