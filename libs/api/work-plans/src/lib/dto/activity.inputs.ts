import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { ArrayMaxSize, IsIn, IsInt, IsOptional, IsString, IsUUID, Length, Max, Min } from 'class-validator';
import { GraphQLLocalDate, IsPlainText, Trim } from '@piano2030/api-core';
import {
  STORED_ACTIVITY_STATUSES,
  WORK_PLAN_LIMITS,
  type StoredActivityStatus,
} from '@piano2030/shared-domain';
import { StoredActivityStatusEnum } from '../models/work-plan.enums';

const L = WORK_PLAN_LIMITS;

/** The planned content of an activity; all optional on update, where only what is given changes. */
@InputType({ isAbstract: true })
class PlannedActivityFields {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Trim()
  @IsString()
  @Length(3, L.titleMaxLength, { message: `title must be between 3 and ${L.titleMaxLength} characters` })
  @IsPlainText()
  title?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Trim()
  @IsString()
  @Length(0, L.descriptionMaxLength, {
    message: `description must be at most ${L.descriptionMaxLength} characters`,
  })
  @IsPlainText()
  description?: string;

  @Field(() => String, { nullable: true, description: 'The process phase the activity belongs to' })
  @IsOptional()
  @IsString()
  phaseCode?: string;

  @Field(() => String, { nullable: true, description: 'The intervention area the activity belongs to' })
  @IsOptional()
  @IsString()
  areaCode?: string;

  @Field(() => ID, { nullable: true, description: 'A member of the Comitato operativo' })
  @IsOptional()
  @IsUUID('all', { message: 'ownerId must be the id of an account' })
  ownerId?: string;

  @Field(() => [ID], { nullable: true, description: 'External experts, each within their engagement' })
  @IsOptional()
  @ArrayMaxSize(L.contributorsMax, { message: `contributorIds can list at most ${L.contributorsMax} people` })
  @IsUUID('all', { each: true, message: 'contributorIds must be ids of accounts' })
  contributorIds?: string[];

  @Field(() => GraphQLLocalDate, { nullable: true })
  @IsOptional()
  @IsString()
  startOn?: string;

  @Field(() => GraphQLLocalDate, { nullable: true })
  @IsOptional()
  @IsString()
  dueOn?: string;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(L.deliverablesMax, { message: `deliverables can list at most ${L.deliverablesMax} items` })
  @Trim()
  @IsString({ each: true })
  @Length(2, L.deliverableMaxLength, {
    each: true,
    message: `each deliverable must be between 2 and ${L.deliverableMaxLength} characters`,
  })
  @IsPlainText({ each: true })
  deliverables?: string[];
}

@InputType()
export class AddActivityInput extends PlannedActivityFields {
  @Field(() => ID)
  @IsUUID('all', { message: 'workPlanId must be the id of a work plan' })
  workPlanId!: string;
}

@InputType()
export class UpdateActivityInput extends PlannedActivityFields {
  @Field(() => ID)
  @IsUUID('all', { message: 'activityId must be the id of an activity' })
  activityId!: string;

  @Field(() => Int, { description: 'The revision of the activity the change was made against' })
  @IsInt()
  expectedRevision!: number;

  @Field(() => StoredActivityStatusEnum, { nullable: true, description: 'Reported once the plan is adopted' })
  @IsOptional()
  @IsIn(STORED_ACTIVITY_STATUSES)
  status?: StoredActivityStatus;

  @Field(() => Int, { nullable: true, description: '0 to 100; reported once the plan is adopted' })
  @IsOptional()
  @IsInt()
  @Min(0, { message: 'progress must be between 0 and 100' })
  @Max(100, { message: 'progress must be between 0 and 100' })
  progress?: number;

  @Field(() => String, { nullable: true, description: 'What was done, what is blocking' })
  @IsOptional()
  @Trim()
  @IsString()
  @Length(0, L.descriptionMaxLength, {
    message: `progressNote must be at most ${L.descriptionMaxLength} characters`,
  })
  @IsPlainText()
  progressNote?: string;
}

@InputType()
export class RemoveActivityInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'activityId must be the id of an activity' })
  activityId!: string;

  @Field(() => Int)
  @IsInt()
  expectedRevision!: number;
}
