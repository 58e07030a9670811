import { Field, ID, InputType } from '@nestjs/graphql';
import { IsIn, IsOptional, IsString, IsUUID, Length, MaxLength } from 'class-validator';
import { IsPlainText, Trim } from '@piano2030/api-core';
import {
  CONTRIBUTION_LIMITS as L,
  MODERATION_DECISIONS,
  REPORT_REASONS,
  type ModerationDecision,
  type ReportReason,
} from '@piano2030/shared-domain';
import { ModerationDecisionEnum, ReportReasonEnum } from '../models/moderation.enums';

@InputType()
export class ReportContributionInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'contributionId must be the id of a contribution' })
  contributionId!: string;

  @Field(() => ReportReasonEnum, { description: 'The netiquette rule it breaks' })
  @IsIn(REPORT_REASONS)
  reason!: ReportReason;

  @Field(() => String, {
    nullable: true,
    description: `What moderators should know (at most ${L.reportNoteMax} characters)`,
  })
  @IsOptional()
  @Trim()
  @IsString()
  @IsPlainText()
  @MaxLength(L.reportNoteMax, { message: `note must be at most ${L.reportNoteMax} characters` })
  note?: string | null;
}

@InputType()
export class ModerateContributionInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'contributionId must be the id of a contribution' })
  contributionId!: string;

  @Field(() => ModerationDecisionEnum)
  @IsIn(MODERATION_DECISIONS)
  decision!: ModerationDecision;

  @Field({ description: `Told to the author: ${L.reasonMin} to ${L.reasonMax} characters` })
  @Trim()
  @IsString()
  @IsPlainText()
  @Length(L.reasonMin, L.reasonMax, { message: `reason must be ${L.reasonMin} to ${L.reasonMax} characters` })
  reason!: string;
}
