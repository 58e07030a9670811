import { Field, ID, InputType } from '@nestjs/graphql';
import { IsString, IsUUID, Length } from 'class-validator';
import { GraphQLLocalDate, IsPlainText, Trim } from '@piano2030/api-core';

@InputType()
export class EndMembershipInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'membershipId must be the id of a membership' })
  membershipId!: string;

  @Field(() => GraphQLLocalDate)
  @IsString()
  endedOn!: string;

  @Field({ description: 'Why it ended: resignation, end of term, revocation...' })
  @Trim()
  @IsString()
  @Length(3, 500, { message: 'reason must be between 3 and 500 characters' })
  @IsPlainText()
  reason!: string;
}
