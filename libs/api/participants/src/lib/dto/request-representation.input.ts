import { Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsIn, IsOptional, IsUUID, Length, ValidateNested } from 'class-validator';
import { IsPlainText, Trim } from '@piano2030/api-core';
import {
  ORGANISATION_CATEGORIES,
  ORGANISATION_LIMITS as L,
  type OrganisationCategory,
} from '@piano2030/shared-domain';
import { StakeholderCategoryEnum } from '../models/participants.enums';
import { EmptyAsAbsent, IsTaxCode, IsWebsite, NormaliseTaxCode } from './participants.validators';

@InputType({ description: 'An organisation not registered yet' })
export class NewOrganisationInput {
  @Field()
  @Trim()
  @Length(L.nameMinLength, L.nameMaxLength, {
    message: `name must be between ${L.nameMinLength} and ${L.nameMaxLength} characters`,
  })
  @IsPlainText()
  name!: string;

  @Field(() => StakeholderCategoryEnum, { description: 'Any category but CITIZEN' })
  @IsIn(ORGANISATION_CATEGORIES, {
    message:
      'category must be the category of an organisation: CITIZEN is for persons speaking for themselves',
  })
  category!: OrganisationCategory;

  @Field(() => String, {
    nullable: true,
    description: 'Partita IVA (11 digits) or codice fiscale (16 characters)',
  })
  @NormaliseTaxCode()
  @IsOptional()
  @IsTaxCode()
  taxCode?: string;

  @Field(() => String, { nullable: true, description: 'https://…' })
  @EmptyAsAbsent()
  @IsOptional()
  @IsWebsite()
  website?: string;
}

@InputType({ description: 'Either an organisation already registered (organisationId) or a new one' })
export class RequestRepresentationInput {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'organisationId must be the id of an organisation' })
  organisationId?: string;

  @Field(() => NewOrganisationInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => NewOrganisationInput)
  newOrganisation?: NewOrganisationInput;

  @Field({ description: 'Your role in the organisation, e.g. "Presidente"' })
  @Trim()
  @Length(L.titleMinLength, L.titleMaxLength, {
    message: `title must be between ${L.titleMinLength} and ${L.titleMaxLength} characters`,
  })
  @IsPlainText()
  title!: string;
}
