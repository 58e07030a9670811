import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { ArrayMaxSize, IsInt, IsOptional, IsString, IsUUID, Length, MaxLength, Min } from 'class-validator';
import { IsPlainText, Trim } from '@piano2030/api-core';
import { INTERVENTION_LIMITS } from '@piano2030/shared-domain';

@InputType()
export class CreatePriorityInput {
  @Field()
  @IsString()
  areaCode!: string;

  @Field()
  @Trim()
  @Length(3, INTERVENTION_LIMITS.titleMax, {
    message: `title must be between 3 and ${INTERVENTION_LIMITS.titleMax} characters`,
  })
  @IsPlainText()
  title!: string;

  @Field({ defaultValue: '' })
  @Trim()
  @MaxLength(INTERVENTION_LIMITS.textMax, {
    message: `description must be at most ${INTERVENTION_LIMITS.textMax} characters`,
  })
  @IsPlainText()
  description!: string;

  @Field(() => [String], { defaultValue: [], description: 'The guidelines it serves' })
  @ArrayMaxSize(6, { message: 'guidelineCodes can list at most the 6 guidelines' })
  @IsString({ each: true })
  guidelineCodes!: string[];
}

@InputType()
export class UpdatePriorityInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be the id of a priority' })
  id!: string;

  @Field(() => Int)
  @IsInt()
  expectedRevision!: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Trim()
  @Length(3, INTERVENTION_LIMITS.titleMax, {
    message: `title must be between 3 and ${INTERVENTION_LIMITS.titleMax} characters`,
  })
  @IsPlainText()
  title?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Trim()
  @MaxLength(INTERVENTION_LIMITS.textMax, {
    message: `description must be at most ${INTERVENTION_LIMITS.textMax} characters`,
  })
  @IsPlainText()
  description?: string;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(6, { message: 'guidelineCodes can list at most the 6 guidelines' })
  @IsString({ each: true })
  guidelineCodes?: string[];

  @Field(() => Int, { nullable: true, description: 'Its place among the area priorities, from 1' })
  @IsOptional()
  @IsInt()
  @Min(1, { message: 'position must be 1 or more' })
  position?: number;
}
