import { applyDecorators } from '@nestjs/common';
import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { IsPlainText, Trim } from '@piano2030/api-core';
import {
  EVIDENCE_KINDS,
  SWOT_LIMITS as L,
  SWOT_QUADRANTS,
  type EvidenceKind,
  type SwotQuadrant,
} from '@piano2030/shared-domain';
import { EvidenceKindEnum, SwotQuadrantEnum } from '../models/context.enums';

@InputType()
export class SwotEvidenceInput {
  @Field(() => EvidenceKindEnum)
  @IsIn(EVIDENCE_KINDS)
  kind!: EvidenceKind;

  @Field({ description: 'An indicator code, a document URL (http or https) or a contribution id' })
  @Trim()
  @Length(1, 500, { message: 'reference must be between 1 and 500 characters' })
  @IsPlainText()
  reference!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Trim()
  @MaxLength(L.labelMaxLength, { message: `label must be at most ${L.labelMaxLength} characters` })
  @IsPlainText()
  label?: string | null;
}

const ValidText = () =>
  applyDecorators(
    Trim(),
    Length(L.textMinLength, L.textMaxLength, {
      message: `text must be between ${L.textMinLength} and ${L.textMaxLength} characters`,
    }),
    IsPlainText(),
  );

const ValidWeight = () =>
  applyDecorators(
    IsInt({ message: 'weight must be a whole number' }),
    Min(L.weightMin, { message: `weight must be between ${L.weightMin} and ${L.weightMax}` }),
    Max(L.weightMax, { message: `weight must be between ${L.weightMin} and ${L.weightMax}` }),
  );

const ValidEvidence = () =>
  applyDecorators(
    ArrayMaxSize(L.evidenceMax, { message: `evidence can list at most ${L.evidenceMax} links` }),
    ValidateNested({ each: true }),
    Type(() => SwotEvidenceInput),
  );

@InputType()
export class AddSwotItemInput {
  @Field()
  @IsString()
  areaCode!: string;

  @Field(() => SwotQuadrantEnum)
  @IsIn(SWOT_QUADRANTS)
  quadrant!: SwotQuadrant;

  @Field()
  @ValidText()
  text!: string;

  @Field(() => Int, { defaultValue: 3, description: 'How much it weighs, 1 to 5' })
  @ValidWeight()
  weight!: number;

  @Field(() => [SwotEvidenceInput], { defaultValue: [] })
  @ValidEvidence()
  evidence!: SwotEvidenceInput[];
}

/** What changes an item: a reason is required once the item is public. */
@InputType({ isAbstract: true })
class SwotItemChange {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be the id of a SWOT item' })
  id!: string;

  @Field(() => Int, { description: 'The version the change was made against' })
  @IsInt()
  expectedVersion!: number;

  @Field(() => String, {
    nullable: true,
    description: 'Why: required to withdraw an item and to change a published one',
  })
  @IsOptional()
  @Trim()
  @MaxLength(L.reasonMaxLength, { message: `reason must be at most ${L.reasonMaxLength} characters` })
  @IsPlainText()
  reason?: string | null;
}

@InputType()
export class UpdateSwotItemInput extends SwotItemChange {
  @Field(() => SwotQuadrantEnum, { nullable: true })
  @IsOptional()
  @IsIn(SWOT_QUADRANTS)
  quadrant?: SwotQuadrant;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @ValidText()
  text?: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @ValidWeight()
  weight?: number;

  @Field(() => [SwotEvidenceInput], {
    nullable: true,
    description: 'The whole list, replacing the current one',
  })
  @IsOptional()
  @ValidEvidence()
  evidence?: SwotEvidenceInput[];
}

@InputType()
export class WithdrawSwotItemInput extends SwotItemChange {}

@InputType()
export class PublishSwotInput {
  @Field()
  @IsString()
  areaCode!: string;

  @Field(() => String, { nullable: true, description: 'What this edition changes, for the record' })
  @IsOptional()
  @Trim()
  @MaxLength(L.reasonMaxLength, { message: `note must be at most ${L.reasonMaxLength} characters` })
  @IsPlainText()
  note?: string | null;
}
