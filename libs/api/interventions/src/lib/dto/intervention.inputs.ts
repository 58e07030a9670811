import { applyDecorators } from '@nestjs/common';
import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, MaxLength, ValidateNested } from 'class-validator';
import { GraphQLLocalDate, IsPlainText, Trim } from '@piano2030/api-core';
import { INTERVENTION_STATUSES, type InterventionStatus } from '@piano2030/shared-domain';
import { InterventionStatusEnum } from '../models/interventions.enums';
import {
  InterventionKpiInput,
  InterventionMilestoneInput,
  InterventionResourceInput,
} from './intervention-parts.inputs';

const REASON_MAX = 1000;

/** Every field of an intervention; all optional, so updates send only what changes. */
@InputType({ isAbstract: true })
export class InterventionFields {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'priorityId must be the id of a priority' })
  priorityId?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Trim()
  @IsPlainText()
  title?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Trim()
  @IsPlainText()
  description?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Trim()
  @IsPlainText()
  objectives?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Trim()
  @IsPlainText()
  expectedResults?: string;

  @Field(() => [String], { nullable: true, description: 'One or more of the six guidelines' })
  @IsOptional()
  @IsString({ each: true })
  guidelineCodes?: string[];

  @Field(() => [InterventionKpiInput], { nullable: true })
  @IsOptional()
  @ValidateNested({ each: true })
  @Type(() => InterventionKpiInput)
  kpis?: InterventionKpiInput[];

  @Field(() => [InterventionResourceInput], {
    nullable: true,
    description: 'Amounts per year and funding source',
  })
  @IsOptional()
  @ValidateNested({ each: true })
  @Type(() => InterventionResourceInput)
  resources?: InterventionResourceInput[];

  @Field(() => GraphQLLocalDate, { nullable: true })
  @IsOptional()
  @IsString()
  startsOn?: string;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'No later than 2030-12-31' })
  @IsOptional()
  @IsString()
  endsOn?: string;

  @Field(() => [InterventionMilestoneInput], { nullable: true })
  @IsOptional()
  @ValidateNested({ each: true })
  @Type(() => InterventionMilestoneInput)
  milestones?: InterventionMilestoneInput[];

  @Field(() => String, { nullable: true, description: 'The organisation that leads it' })
  @IsOptional()
  @Trim()
  @IsPlainText()
  leadActor?: string;

  @Field(() => [String], { nullable: true, description: 'Partner organisations' })
  @IsOptional()
  @Trim()
  @IsPlainText({ each: true })
  partners?: string[];

  @Field(() => [String], { nullable: true, description: "Projects of the chamber's programme it builds on" })
  @IsOptional()
  @IsString({ each: true })
  projectCodes?: string[];
}

@InputType({ description: 'Only priorityId, title, guidelineCodes, startsOn and endsOn are needed to start' })
export class CreateInterventionInput extends InterventionFields {}

const ChangeId = () =>
  applyDecorators(
    Field(() => ID),
    IsUUID('all', { message: 'id must be the id of an intervention' }),
  );
const ExpectedVersion = () =>
  applyDecorators(
    Field(() => Int, { description: 'The version the change was made against' }),
    IsInt(),
  );
const Reason = () =>
  applyDecorators(
    Field(() => String, { nullable: true, description: 'Why: required once the intervention is public' }),
    IsOptional(),
    Trim(),
    MaxLength(REASON_MAX, { message: `reason must be at most ${REASON_MAX} characters` }),
    IsPlainText(),
  );

@InputType({ description: 'Only the fields that change, against the expected version' })
export class UpdateInterventionInput extends InterventionFields {
  @ChangeId()
  id!: string;

  @ExpectedVersion()
  expectedVersion!: number;

  @Reason()
  reason?: string | null;
}

@InputType()
export class SetInterventionStatusInput {
  @ChangeId()
  id!: string;

  @ExpectedVersion()
  expectedVersion!: number;

  @Reason()
  reason?: string | null;

  @Field(() => InterventionStatusEnum)
  @IsIn(INTERVENTION_STATUSES)
  status!: InterventionStatus;
}

@InputType()
export class InterventionFilter {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  areaCode?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'priorityId must be the id of a priority' })
  priorityId?: string;

  @Field(() => InterventionStatusEnum, { nullable: true })
  @IsOptional()
  @IsIn(INTERVENTION_STATUSES)
  status?: InterventionStatus;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  guidelineCode?: string;
}
