import { Field, Float, InputType, Int } from '@nestjs/graphql';
import { IsIn, IsInt, IsNumber, IsOptional, IsString } from 'class-validator';
import { GraphQLLocalDate, IsPlainText, Trim } from '@piano2030/api-core';
import { FUNDING_SOURCES, type FundingSource } from '@piano2030/shared-domain';
import { FundingSourceEnum } from '../models/interventions.enums';

// Lengths, ranges and dates are checked by interventionContentErrors on the whole content, so that
// the API and the web form refuse the same things with the same words.

@InputType()
export class InterventionResourceInput {
  @Field(() => Int, { description: 'A year from 2021 to 2030' })
  @IsInt()
  year!: number;

  @Field(() => FundingSourceEnum)
  @IsIn(FUNDING_SOURCES)
  source!: FundingSource;

  @Field(() => Float, { description: 'Euros, zero or more, at most two decimals' })
  @IsNumber()
  amount!: number;
}

@InputType()
export class InterventionKpiInput {
  @Field()
  @Trim()
  @IsPlainText()
  name!: string;

  @Field()
  @Trim()
  @IsPlainText()
  unit!: string;

  @Field(() => Float)
  @IsNumber()
  baselineValue!: number;

  @Field(() => Int)
  @IsInt()
  baselineYear!: number;

  @Field(() => Float)
  @IsNumber()
  target2030!: number;

  @Field(() => String, { nullable: true, description: 'The context indicator series it follows' })
  @IsOptional()
  @IsString()
  indicatorCode?: string | null;
}

@InputType()
export class InterventionMilestoneInput {
  @Field()
  @Trim()
  @IsPlainText()
  title!: string;

  @Field(() => GraphQLLocalDate)
  @IsString()
  dueOn!: string;
}
