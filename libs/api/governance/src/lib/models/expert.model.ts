import { Field, ID, ObjectType } from '@nestjs/graphql';
import { GraphQLLocalDate } from '@piano2030/api-core';

@ObjectType('ExpertEngagement', {
  description: 'An external expert called on by the Cabina, with scope and dates',
})
export class ExpertEngagementModel {
  @Field(() => ID)
  id!: string;

  userId!: string;
  decisionId!: string;

  @Field(() => [String])
  phaseCodes!: string[];

  @Field(() => [String])
  areaCodes!: string[];

  @Field(() => String, { nullable: true })
  theme!: string | null;

  @Field(() => GraphQLLocalDate)
  startsOn!: string;

  @Field(() => GraphQLLocalDate)
  endsOn!: string;

  @Field(() => GraphQLLocalDate, { nullable: true })
  endedOn!: string | null;

  @Field({ description: 'Public, as transparency rules require for consultants' })
  declarationOfInterest!: string;
}

@ObjectType('ExpertOpinion', { description: "An expert's opinion (parere) on an agenda item" })
export class ExpertOpinionModel {
  @Field(() => ID)
  id!: string;

  engagementId!: string;

  @Field(() => ID)
  agendaItemId!: string;

  @Field()
  text!: string;

  @Field()
  createdAt!: Date;
}
