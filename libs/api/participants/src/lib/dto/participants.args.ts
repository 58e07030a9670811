import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsIn, IsOptional, IsString, IsUUID, Length, MaxLength } from 'class-validator';
import { IsPlainText, Trim } from '@piano2030/api-core';
import {
  ORGANISATION_LIMITS as L,
  REPRESENTATION_STATUSES,
  STAKEHOLDER_CATEGORIES,
  type RepresentationStatus,
  type StakeholderCategory,
} from '@piano2030/shared-domain';
import { RepresentationStatusEnum, StakeholderCategoryEnum } from '../models/participants.enums';

@ArgsType()
export class OrganisationsArgs {
  @Field(() => StakeholderCategoryEnum, { nullable: true })
  @IsOptional()
  @IsIn(STAKEHOLDER_CATEGORIES)
  category?: StakeholderCategory;

  @Field(() => String, { nullable: true, description: 'Part of the name, in any case' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(L.searchMaxLength, { message: `search must be at most ${L.searchMaxLength} characters` })
  @IsPlainText()
  search?: string;
}

@ArgsType()
export class OrganisationIdArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be the id of an organisation' })
  id!: string;
}

@ArgsType()
export class RepresentationRequestsArgs {
  @Field(() => RepresentationStatusEnum, { nullable: true, description: 'Every status when left out' })
  @IsOptional()
  @IsIn(REPRESENTATION_STATUSES)
  status?: RepresentationStatus;
}

@ArgsType()
export class RepresentationIdArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be the id of a representation' })
  id!: string;
}

@ArgsType()
export class RepresentationDecisionArgs extends RepresentationIdArgs {
  @Field({ description: 'Why: the person concerned reads it' })
  @Trim()
  @Length(L.reasonMinLength, L.reasonMaxLength, {
    message: `reason must be between ${L.reasonMinLength} and ${L.reasonMaxLength} characters`,
  })
  @IsPlainText()
  reason!: string;
}
