import { Field, ID, InputType } from '@nestjs/graphql';
import { IsDate, IsIn, IsOptional, IsString, IsUUID, Length } from 'class-validator';
import { BALLOT_CHOICES, type BallotChoice } from '@piano2030/shared-domain';
import { IsPlainText, Trim } from '@piano2030/api-core';
import { BallotChoiceEnum } from '../models/enums';

@InputType()
export class OpenVoteInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'agendaItemId must be the id of an agenda item' })
  agendaItemId!: string;

  @Field(() => String, { nullable: true, description: 'The motion; by default the agenda item title' })
  @IsOptional()
  @Trim()
  @IsString()
  @Length(3, 300, { message: 'title must be between 3 and 300 characters' })
  @IsPlainText()
  title?: string | null;

  @Field(() => Date, {
    nullable: true,
    description: 'Keeps the vote open until then, for members who do not attend; must be in the future',
  })
  @IsOptional()
  @IsDate({ message: 'deadline must be a date and time' })
  deadline?: Date | null;
}

@InputType()
export class CastVoteInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'voteId must be the id of a vote' })
  voteId!: string;

  @Field(() => BallotChoiceEnum)
  @IsIn(BALLOT_CHOICES)
  choice!: BallotChoice;

  @Field(() => ID, {
    nullable: true,
    description: 'The seat voted for, needed only by an alternate who represents more than one',
  })
  @IsOptional()
  @IsUUID('all', { message: 'membershipId must be the id of a membership' })
  membershipId?: string | null;
}
