import { Field, ID, InputType } from '@nestjs/graphql';
import { IsString, IsUUID, Length } from 'class-validator';
import { IsPlainText, Trim } from '@piano2030/api-core';

@InputType()
export class DraftMinutesInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'meetingId must be the id of a meeting' })
  meetingId!: string;

  @Field({ description: 'The minutes (verbale), as plain text' })
  @Trim()
  @IsString()
  @Length(10, 100_000, { message: 'text must be between 10 and 100000 characters' })
  @IsPlainText()
  text!: string;
}

@InputType()
export class ApproveMinutesInput {
  @Field(() => ID, { description: 'The meeting whose minutes are approved' })
  @IsUUID('all', { message: 'meetingId must be the id of a meeting' })
  meetingId!: string;

  @Field(() => ID, { description: 'The later meeting, in progress, that approves them' })
  @IsUUID('all', { message: 'atMeetingId must be the id of a meeting' })
  atMeetingId!: string;
}
