import { applyDecorators } from '@nestjs/common';
import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  IsBoolean,
  IsDate,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Max,
  MaxLength,
  Min,
  ValidateIf,
} from 'class-validator';
import { GraphQLLocalDate, IsPlainText, Trim } from '@piano2030/api-core';
import {
  CONSULTATION_LIMITS as L,
  CONSULTATION_STATUSES,
  PARTICIPATION_MODES,
  type ConsultationStatus,
  type ParticipationMode,
} from '@piano2030/shared-domain';
import { ConsultationStatusEnum, ParticipationModeEnum } from '../models/consultation.enums';

/** Limits of the scope lists: the eight areas, and a generous number of interventions and SWOT items. */
export const SCOPE_LIMITS = { areasMax: 8, itemsMax: 50, planSectionMax: 300, invitationsMax: 500 } as const;

/** Validated when sent, null included: for fields that have a value whatever happens. */
const Given = () => ValidateIf((_object: object, value: unknown) => value !== undefined);

const Text = (field: string, max: number = L.textMax) =>
  applyDecorators(
    Given(),
    Trim(),
    IsString({ message: `${field} must be text` }),
    MaxLength(max, { message: `${field} must be at most ${max} characters` }),
    IsPlainText(),
  );

const NullableText = (field: string, max: number) =>
  applyDecorators(
    IsOptional(),
    Trim(),
    IsString({ message: `${field} must be text` }),
    MaxLength(max, { message: `${field} must be at most ${max} characters` }),
    IsPlainText(),
  );

const Title = () =>
  applyDecorators(
    Trim(),
    IsString({ message: 'title must be text' }),
    Length(L.titleMin, L.titleMax, {
      message: `title must be between ${L.titleMin} and ${L.titleMax} characters`,
    }),
    IsPlainText(),
  );

/**
 * The document and the settings; all optional, so a draft starts with a title and updates send
 * only what changes. Leave a field out to keep it; null clears the fields that may be empty.
 */
@InputType({ isAbstract: true })
export class ConsultationFields {
  @Field(() => [String], { nullable: true, description: 'Codes of the intervention areas (PS1..PS8)' })
  @Given()
  @IsString({ each: true, message: 'areaCodes must be area codes' })
  @ArrayMaxSize(SCOPE_LIMITS.areasMax, {
    message: `areaCodes can list at most ${SCOPE_LIMITS.areasMax} areas`,
  })
  areaCodes?: string[];

  @Field(() => [ID], { nullable: true, description: 'Published interventions of those areas' })
  @Given()
  @IsUUID('all', { each: true, message: 'interventionIds must be ids of interventions' })
  @ArrayMaxSize(SCOPE_LIMITS.itemsMax, {
    message: `interventionIds can list at most ${SCOPE_LIMITS.itemsMax} interventions`,
  })
  interventionIds?: string[];

  @Field(() => [ID], { nullable: true, description: 'SWOT items of those areas' })
  @Given()
  @IsUUID('all', { each: true, message: 'swotItemIds must be ids of SWOT items' })
  @ArrayMaxSize(SCOPE_LIMITS.itemsMax, {
    message: `swotItemIds can list at most ${SCOPE_LIMITS.itemsMax} SWOT items`,
  })
  swotItemIds?: string[];

  @Field(() => String, { nullable: true, description: 'A section of the plan, by its heading' })
  @NullableText('planSection', SCOPE_LIMITS.planSectionMax)
  planSection?: string | null;

  @Field(() => String, { nullable: true })
  @Text('objectives')
  objectives?: string;

  @Field(() => String, { nullable: true })
  @Text('context')
  context?: string;

  @Field(() => [String], { nullable: true, description: 'Blank questions are dropped' })
  @Given()
  @Trim()
  @IsString({ each: true, message: 'questions must be text' })
  @MaxLength(L.questionMax, {
    each: true,
    message: `each question must be at most ${L.questionMax} characters`,
  })
  @ArrayMaxSize(L.questionsMax, { message: `questions can list at most ${L.questionsMax} questions` })
  @IsPlainText({ each: true })
  questions?: string[];

  @Field(() => String, { nullable: true, description: 'How contributions will be used' })
  @Text('useOfContributions')
  useOfContributions?: string;

  @Field(() => String, { nullable: true })
  @Text('timeline')
  timeline?: string;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'By when the results report is published' })
  @IsOptional()
  @IsString()
  resultsReportDue?: string | null;

  @Field(() => Date, { nullable: true })
  @IsOptional()
  @IsDate({ message: 'opensAt must be a date and time' })
  opensAt?: Date | null;

  @Field(() => Date, { nullable: true })
  @IsOptional()
  @IsDate({ message: 'closesAt must be a date and time' })
  closesAt?: Date | null;

  @Field(() => String, {
    nullable: true,
    description: `Needed, and shown publicly, when the window is shorter than ${L.minimumWindowDays} days`,
  })
  @NullableText('shortWindowReason', L.reasonMax)
  shortWindowReason?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Contributions wait for a moderator' })
  @Given()
  @IsBoolean({ message: 'preModeration must be true or false' })
  preModeration?: boolean;

  @Field(() => ParticipationModeEnum, { nullable: true })
  @Given()
  @IsIn(PARTICIPATION_MODES, { message: 'participation must be REGISTERED, ORGANISATIONS or INVITED' })
  participation?: ParticipationMode;

  @Field(() => Int, { nullable: true, description: 'Reports that hide a contribution pending review (1-50)' })
  @Given()
  @IsInt({ message: 'hideAfterReports must be a whole number' })
  @Min(1, { message: 'hideAfterReports must be between 1 and 50' })
  @Max(50, { message: 'hideAfterReports must be between 1 and 50' })
  hideAfterReports?: number;
}

@InputType({ description: 'A new draft: only the title is needed to start' })
export class CreateConsultationInput extends ConsultationFields {
  @Field()
  @Title()
  title!: string;
}

@InputType({ description: 'Only the fields that change, against the expected version (DRAFT or SCHEDULED)' })
export class UpdateConsultationInput extends ConsultationFields {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be the id of a consultation' })
  id!: string;

  @Field(() => Int, { description: 'The version the change was made against' })
  @IsInt({ message: 'expectedVersion must be a whole number' })
  expectedVersion!: number;

  @Field(() => String, { nullable: true })
  @Given()
  @Title()
  title?: string;
}

@ArgsType()
export class ConsultationsArgs {
  @Field(() => ConsultationStatusEnum, { nullable: true })
  @IsOptional()
  @IsIn(CONSULTATION_STATUSES)
  status?: ConsultationStatus | null;

  @Field(() => String, { nullable: true, description: 'Only those about this area' })
  @IsOptional()
  @IsString()
  @MaxLength(20)
  areaCode?: string | null;
}

@ArgsType()
export class ConsultationIdArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be the id of a consultation' })
  id!: string;
}

@ArgsType()
export class ScheduleConsultationArgs extends ConsultationIdArgs {
  @Field(() => Int, { description: 'The version the committee reviewed' })
  @IsInt({ message: 'expectedVersion must be a whole number' })
  expectedVersion!: number;
}

@ArgsType()
export class SetConsultationInvitationsArgs extends ConsultationIdArgs {
  @Field(() => [ID], { description: 'Invited people; replaces the list' })
  @IsUUID('all', { each: true, message: 'userIds must be ids of people' })
  @ArrayMaxSize(SCOPE_LIMITS.invitationsMax, {
    message: `userIds can list at most ${SCOPE_LIMITS.invitationsMax} people`,
  })
  userIds!: string[];

  @Field(() => [ID], {
    description: 'Invited organisations (their verified representatives); replaces the list',
  })
  @IsUUID('all', { each: true, message: 'organisationIds must be ids of organisations' })
  @ArrayMaxSize(SCOPE_LIMITS.invitationsMax, {
    message: `organisationIds can list at most ${SCOPE_LIMITS.invitationsMax} organisations`,
  })
  organisationIds!: string[];
}
