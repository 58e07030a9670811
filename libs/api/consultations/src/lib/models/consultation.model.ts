import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { GraphQLLocalDate } from '@piano2030/api-core';
import type { ConsultationStatus, ParticipationMode } from '@piano2030/shared-domain';
import { ConsultationStatusEnum, ParticipationModeEnum } from './consultation.enums';

@ObjectType('FieldProblem', {
  description: 'Something that keeps an object from its next step, on its field',
})
export class FieldProblemModel {
  @Field({ description: 'The input field it is about, e.g. opensAt' })
  field!: string;

  @Field()
  message!: string;
}

@ObjectType('ConsultationSettings')
export class ConsultationSettingsModel {
  @Field({ description: 'Contributions wait for a moderator before they are public' })
  preModeration!: boolean;

  @Field(() => ParticipationModeEnum)
  participation!: ParticipationMode;

  @Field(() => Int, { description: 'Reports that hide a contribution pending review' })
  hideAfterReports!: number;
}

@ObjectType('Consultation', {
  description: 'A public consultation: its document (2017 national guidelines), window and settings',
})
export class ConsultationModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ConsultationStatusEnum)
  status!: ConsultationStatus;

  @Field(() => Int, { description: 'The latest version; give it back as expectedVersion when changing it' })
  version!: number;

  @Field()
  title!: string;

  @Field(() => [String], { description: 'The intervention areas it is about' })
  areaCodes!: string[];

  @Field(() => [ID], { description: 'Interventions under consultation, if any' })
  interventionIds!: string[];

  @Field(() => [ID], { description: 'SWOT items under consultation, if any' })
  swotItemIds!: string[];

  @Field(() => String, { nullable: true, description: 'A section of the plan under consultation' })
  planSection!: string | null;

  @Field()
  objectives!: string;

  @Field()
  context!: string;

  @Field(() => [String])
  questions!: string[];

  @Field({ description: 'How contributions will be used' })
  useOfContributions!: string;

  @Field()
  timeline!: string;

  @Field(() => GraphQLLocalDate, {
    nullable: true,
    description: 'By when the results report will be published',
  })
  resultsReportDue!: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  opensAt!: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  closesAt!: Date | null;

  @Field(() => String, {
    nullable: true,
    description: 'Why the window is shorter than four weeks (shown publicly)',
  })
  shortWindowReason!: string | null;

  @Field({ description: 'The window is shorter than four weeks: show shortWindowReason' })
  shortWindow!: boolean;

  @Field(() => Int, { nullable: true, description: 'Whole days between opening and closing' })
  windowDays!: number | null;

  @Field(() => ConsultationSettingsModel)
  settings!: ConsultationSettingsModel;

  @Field(() => Int, { description: 'Published contributions' })
  contributionCount!: number;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When it actually opened' })
  openedAt!: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When it actually closed' })
  closedAt!: Date | null;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;

  @Field(() => GraphQLISODateTime)
  updatedAt!: Date;

  @Field({ description: 'The caller runs consultations (member of the Comitato operativo)' })
  viewerCanManage!: boolean;

  @Field(() => [FieldProblemModel], {
    description:
      "What still keeps a draft from being scheduled (the committee's checklist); empty for others",
  })
  schedulingProblems!: FieldProblemModel[];
}

@ObjectType('ConsultationInvitations', {
  description: 'Who may take part in an invitation-only consultation',
})
export class ConsultationInvitationsModel {
  @Field(() => ID)
  consultationId!: string;

  @Field(() => [ID])
  userIds!: string[];

  @Field(() => [ID])
  organisationIds!: string[];
}
