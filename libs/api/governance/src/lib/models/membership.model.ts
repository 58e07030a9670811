import { Field, ID, ObjectType } from '@nestjs/graphql';
import { GraphQLLocalDate } from '@piano2030/api-core';
import { MembershipRoleEnum } from './enums';

@ObjectType('Membership', { description: "A person's seat on a body, from designation to end" })
export class MembershipModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  bodyId!: string;

  userId!: string;
  alternateUserId!: string | null;
  decisionId!: string | null;

  @Field(() => MembershipRoleEnum)
  role!: string;

  @Field(() => String, { nullable: true })
  partyCode!: string | null;

  @Field()
  designationReference!: string;

  @Field(() => GraphQLLocalDate)
  designationDate!: string;

  @Field(() => GraphQLLocalDate)
  termFrom!: string;

  @Field(() => GraphQLLocalDate, { nullable: true })
  termTo!: string | null;

  @Field(() => GraphQLLocalDate, { nullable: true })
  endedOn!: string | null;

  @Field(() => String, { nullable: true })
  endReason!: string | null;
}
