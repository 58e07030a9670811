import { ArgsType, Field, ID, Int } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  MaxLength,
  Min,
} from 'class-validator';
import { IsPlainText, Trim } from '@piano2030/api-core';
import { ContributionKindEnum } from '@piano2030/api-consultations';
import { StakeholderCategoryEnum } from '@piano2030/api-participants';
import {
  CONTRIBUTION_KINDS,
  SEARCH_ITEM_TYPES,
  SEARCH_LIMITS as L,
  STAKEHOLDER_CATEGORIES,
  type ContributionKind,
  type SearchItemType,
  type StakeholderCategory,
} from '@piano2030/shared-domain';
import { SearchItemTypeEnum } from '../models/search.enums';

const LOCAL_DATE = /^\d{4}-\d{2}-\d{2}$/;
const LIST_MAX = 20;

@ArgsType()
export class SearchArgs {
  @Field({
    description: `What to look for: words, "a phrase", -excluded (${L.queryMin}-${L.queryMax} characters)`,
  })
  @Trim()
  @IsString({ message: 'query must be text' })
  @Length(L.queryMin, L.queryMax, {
    message: `query must be between ${L.queryMin} and ${L.queryMax} characters`,
  })
  @IsPlainText()
  query!: string;

  @Field(() => [SearchItemTypeEnum], { nullable: true })
  @IsOptional()
  @IsIn(SEARCH_ITEM_TYPES, { each: true, message: 'types must be CONTRIBUTION, INTERVENTION or SWOT_ITEM' })
  types?: SearchItemType[] | null;

  @Field(() => [String], { nullable: true, description: 'Intervention areas (PS1..PS8)' })
  @IsOptional()
  @IsString({ each: true, message: 'areaCodes must be area codes' })
  @MaxLength(20, { each: true, message: 'areaCodes must be area codes' })
  @ArrayMaxSize(LIST_MAX, { message: `areaCodes can list at most ${LIST_MAX} values` })
  areaCodes?: string[] | null;

  @Field(() => [ContributionKindEnum], { nullable: true })
  @IsOptional()
  @IsIn(CONTRIBUTION_KINDS, { each: true, message: 'kinds must be contribution kinds' })
  kinds?: ContributionKind[] | null;

  @Field(() => [StakeholderCategoryEnum], { nullable: true, description: "Authors' stakeholder categories" })
  @IsOptional()
  @IsIn(STAKEHOLDER_CATEGORIES, { each: true, message: 'categories must be stakeholder categories' })
  categories?: StakeholderCategory[] | null;

  @Field(() => [String], {
    nullable: true,
    description:
      'An intervention status, PUBLISHED for SWOT items, or a published answer (AWAITING_ANSWER when none)',
  })
  @IsOptional()
  @IsString({ each: true, message: 'statuses must be statuses' })
  @MaxLength(40, { each: true, message: 'statuses must be statuses' })
  @ArrayMaxSize(LIST_MAX, { message: `statuses can list at most ${LIST_MAX} values` })
  statuses?: string[] | null;

  @Field(() => String, { nullable: true, description: 'From this day (YYYY-MM-DD, inclusive)' })
  @IsOptional()
  @Matches(LOCAL_DATE, { message: 'from must be a date (YYYY-MM-DD)' })
  from?: string | null;

  @Field(() => String, { nullable: true, description: 'Up to this day (YYYY-MM-DD, inclusive)' })
  @IsOptional()
  @Matches(LOCAL_DATE, { message: 'to must be a date (YYYY-MM-DD)' })
  to?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only contributions to this consultation' })
  @IsOptional()
  @IsUUID('all', { message: 'consultationId must be the id of a consultation' })
  consultationId?: string | null;

  @Field(() => Int, { nullable: true, description: `Hits per page (default ${L.pageSize})` })
  @IsOptional()
  @IsInt({ message: 'first must be a whole number' })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'The endCursor of the previous page' })
  @IsOptional()
  @IsString({ message: 'after must be a cursor this API returned' })
  @MaxLength(100, { message: 'after must be a cursor this API returned' })
  after?: string | null;
}

@ArgsType()
export class SimilarContributionsArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'consultationId must be the id of a consultation' })
  consultationId!: string;

  @Field({ description: `The draft being written; under ${L.draftMin} characters nothing is suggested` })
  @IsString({ message: 'text must be text' })
  @MaxLength(L.draftMax, { message: `text must be at most ${L.draftMax} characters` })
  text!: string;

  @Field(() => Int, { nullable: true, description: `At most ${L.similarMax}` })
  @IsOptional()
  @IsInt({ message: 'first must be a whole number' })
  @Min(1, { message: 'first must be at least 1' })
  first?: number | null;
}
