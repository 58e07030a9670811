import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { LocalizedText } from '@piano2030/shared-domain';
import type { HasTexts } from '@piano2030/api-core';
import { BodyKindEnum } from './enums';

@ObjectType('VotingRules', { description: "How a body's votes are decided" })
export class VotingRulesModel {
  @Field(() => Int, {
    nullable: true,
    description: 'Members who must be present; null: a majority of the members',
  })
  quorumMembers!: number | null;

  @Field({ description: 'Each Parte must have a member present' })
  eachPartyPresent!: boolean;

  @Field({ description: 'Approval also needs a vote in favour from each Parte' })
  doubleMajority!: boolean;

  @Field({ description: 'Abstentions count among the votes cast' })
  abstentionsCountAsCast!: boolean;

  @Field({ description: "The chair's vote decides a tie" })
  chairCastingVote!: boolean;
}

@ObjectType('SeatVacancy', { description: 'Seats a Parte designates on a body, and how many are empty' })
export class SeatVacancyModel {
  @Field()
  partyCode!: string;

  @Field(() => Int)
  seats!: number;

  @Field(() => Int)
  vacant!: number;
}

@ObjectType('Body', { description: 'A collegial body: the Cabina di Regia or the Comitato operativo' })
export class BodyModel implements HasTexts<'name' | 'description'> {
  @Field(() => ID)
  id!: string;

  @Field()
  code!: string;

  @Field(() => BodyKindEnum)
  kind!: string;

  @Field(() => Int, { nullable: true, description: 'Voting seats; null when the body has no fixed size' })
  seats!: number | null;

  @Field(() => Int, { nullable: true, description: 'Seats each Parte designates; null when not split' })
  seatsPerParty!: number | null;

  @Field(() => VotingRulesModel)
  votingRules!: VotingRulesModel;

  @Field()
  resultsHiddenUntilClose!: boolean;

  texts!: { name: LocalizedText; description: LocalizedText };
}
