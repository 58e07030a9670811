import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { ArrayMaxSize, IsInt, IsOptional, IsString, IsUUID, Length, Max, Min } from 'class-validator';
import { IsPlainText, Trim } from '@piano2030/api-core';
import { WORK_PLAN_LIMITS } from '@piano2030/shared-domain';

/** Every change names the revision it was made against; a stale one gets CONFLICT with the current state. */
@InputType({ isAbstract: true })
export class RevisedInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'workPlanId must be the id of a work plan' })
  workPlanId!: string;

  @Field(() => Int, { description: 'The revision of the plan the change was made against' })
  @IsInt()
  expectedRevision!: number;
}

@InputType()
export class CreateWorkPlanDraftInput {
  @Field(() => Int)
  @IsInt()
  @Min(2020, { message: 'year must be between 2020 and 2035' })
  @Max(2035, { message: 'year must be between 2020 and 2035' })
  year!: number;

  @Field(() => Int)
  @IsInt()
  @Min(1, { message: 'quarter must be 1, 2, 3 or 4' })
  @Max(4, { message: 'quarter must be 1, 2, 3 or 4' })
  quarter!: number;

  @Field({ description: 'What the quarter is for: its aims, in the committee words' })
  @Trim()
  @IsString()
  @Length(10, WORK_PLAN_LIMITS.descriptionMaxLength, {
    message: `summary must be between 10 and ${WORK_PLAN_LIMITS.descriptionMaxLength} characters`,
  })
  @IsPlainText()
  summary!: string;

  @Field(() => [ID], {
    defaultValue: [],
    description: "Unfinished activities of the previous quarter's plan to carry over",
  })
  @ArrayMaxSize(WORK_PLAN_LIMITS.activitiesMax)
  @IsUUID('all', { each: true, message: 'carryOverActivityIds must be ids of activities' })
  carryOverActivityIds!: string[];
}

@InputType()
export class ProposeWorkPlanInput extends RevisedInput {
  @Field(() => ID, {
    nullable: true,
    description: 'The Cabina meeting whose agenda gets the proposal; by default the next one convened',
  })
  @IsOptional()
  @IsUUID('all', { message: 'meetingId must be the id of a meeting' })
  meetingId?: string | null;
}

@InputType()
export class ReturnWorkPlanInput extends RevisedInput {
  @Field({ description: "The Cabina's remarks: what the committee must revise" })
  @Trim()
  @IsString()
  @Length(WORK_PLAN_LIMITS.remarksMinLength, WORK_PLAN_LIMITS.descriptionMaxLength, {
    message: `remarks must be between ${WORK_PLAN_LIMITS.remarksMinLength} and ${WORK_PLAN_LIMITS.descriptionMaxLength} characters`,
  })
  @IsPlainText()
  remarks!: string;
}

@InputType()
export class ReviseWorkPlanInput extends RevisedInput {
  @Field({ description: 'The summary of the new version: how it answers the remarks' })
  @Trim()
  @IsString()
  @Length(10, WORK_PLAN_LIMITS.descriptionMaxLength, {
    message: `summary must be between 10 and ${WORK_PLAN_LIMITS.descriptionMaxLength} characters`,
  })
  @IsPlainText()
  summary!: string;
}

@InputType()
export class CloseWorkPlanInput extends RevisedInput {}

@InputType()
export class UpdateWorkPlanReportInput extends RevisedInput {
  @Field()
  @Trim()
  @IsString()
  @Length(0, WORK_PLAN_LIMITS.reportTextMaxLength, {
    message: `introduction must be at most ${WORK_PLAN_LIMITS.reportTextMaxLength} characters`,
  })
  @IsPlainText()
  introduction!: string;

  @Field()
  @Trim()
  @IsString()
  @Length(0, WORK_PLAN_LIMITS.reportTextMaxLength, {
    message: `nextSteps must be at most ${WORK_PLAN_LIMITS.reportTextMaxLength} characters`,
  })
  @IsPlainText()
  nextSteps!: string;
}

@InputType()
export class SubmitWorkPlanReportInput extends ProposeWorkPlanInput {}
