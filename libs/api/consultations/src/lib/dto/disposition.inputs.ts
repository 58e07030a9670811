import { Field, ID, InputType, Int } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  ArrayNotEmpty,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Min,
} from 'class-validator';
import { IsPlainText, Trim } from '@piano2030/api-core';
import {
  CONTRIBUTION_LIMITS as L,
  DISPOSITION_OUTCOMES,
  GRAPHQL_LIMITS,
  type DispositionOutcome,
} from '@piano2030/shared-domain';
import { DispositionOutcomeEnum } from '../models/moderation.enums';

/** How many answers one publication may list by id (publishing all prepared ones has no limit). */
export const PUBLISH_LIST_MAX = 10 * GRAPHQL_LIMITS.maxPageSize;

@InputType()
export class SetDispositionInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'contributionId must be the id of a contribution' })
  contributionId!: string;

  @Field(() => DispositionOutcomeEnum)
  @IsIn(DISPOSITION_OUTCOMES)
  outcome!: DispositionOutcome;

  @Field({ description: `Why: ${L.reasonMin} to ${L.reasonMax} characters, published with the outcome` })
  @Trim()
  @IsString()
  @IsPlainText()
  @Length(L.reasonMin, L.reasonMax, {
    message: `reasons must be ${L.reasonMin} to ${L.reasonMax} characters`,
  })
  reasons!: string;

  @Field(() => ID, {
    nullable: true,
    description:
      'The intervention that takes it up (required, or swotItemId, for ACCEPTED and PARTIALLY_ACCEPTED)',
  })
  @IsOptional()
  @IsUUID('all', { message: 'interventionId must be the id of an intervention' })
  interventionId?: string | null;

  @Field(() => Int, { nullable: true, description: 'The intervention version that carries the change' })
  @IsOptional()
  @IsInt()
  @Min(1, { message: 'interventionVersion must be a version number (1 or more)' })
  interventionVersion?: number | null;

  @Field(() => ID, { nullable: true, description: 'The SWOT item that takes it up' })
  @IsOptional()
  @IsUUID('all', { message: 'swotItemId must be the id of a SWOT item' })
  swotItemId?: string | null;

  @Field(() => Int, { nullable: true, description: 'The SWOT item version that carries the change' })
  @IsOptional()
  @IsInt()
  @Min(1, { message: 'swotItemVersion must be a version number (1 or more)' })
  swotItemVersion?: number | null;

  @Field(() => Int, {
    nullable: true,
    description:
      'The version of the answer being changed, as read; required when the contribution already has one',
  })
  @IsOptional()
  @IsInt()
  @Min(1, { message: 'expectedVersion must be the version of the answer you read (1 or more)' })
  expectedVersion?: number | null;
}

@InputType()
export class PublishDispositionsInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'consultationId must be the id of a consultation' })
  consultationId!: string;

  @Field(() => [ID], {
    nullable: true,
    description: 'Publish only these; all the prepared answers when omitted',
  })
  @IsOptional()
  @ArrayNotEmpty({ message: 'contributionIds must list at least one contribution, or be omitted' })
  @ArrayMaxSize(PUBLISH_LIST_MAX, {
    message: `contributionIds can list at most ${PUBLISH_LIST_MAX} contributions`,
  })
  @IsUUID('all', { each: true, message: 'contributionIds must be ids of contributions' })
  contributionIds?: string[] | null;
}
