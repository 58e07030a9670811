import { Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsIn, IsUUID, ValidateNested } from 'class-validator';
import { ATTENDANCE_STATUSES, type AttendanceStatus } from '@piano2030/shared-domain';
import { AttendanceStatusEnum } from '../models/enums';

@InputType()
export class AttendanceEntryInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'membershipId must be the id of a membership' })
  membershipId!: string;

  @Field(() => AttendanceStatusEnum)
  @IsIn(ATTENDANCE_STATUSES)
  status!: AttendanceStatus;
}

@InputType()
export class RecordAttendanceInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'meetingId must be the id of a meeting' })
  meetingId!: string;

  @Field(() => [AttendanceEntryInput])
  @ArrayMinSize(1, { message: 'entries must list at least one member' })
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => AttendanceEntryInput)
  entries!: AttendanceEntryInput[];
}
