import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentActor, Public, RequireBodyRole, type Actor } from '@piano2030/api-core';
import { ConsultationQueries } from './consultation-queries.service';
import { ConsultationsService } from './consultations.service';
import {
  ConsultationIdArgs,
  ConsultationsArgs,
  CreateConsultationInput,
  ScheduleConsultationArgs,
  SetConsultationInvitationsArgs,
  UpdateConsultationInput,
} from './dto/consultation.inputs';
import { toConsultationModel } from './models/consultation.mappers';
import { ConsultationInvitationsModel, ConsultationModel } from './models/consultation.model';

@Resolver(() => ConsultationModel)
export class ConsultationsResolver {
  constructor(
    private readonly queries: ConsultationQueries,
    private readonly lifecycle: ConsultationsService,
  ) {}

  @Query(() => [ConsultationModel], {
    description: 'Open first, then scheduled, then the rest by opening date; drafts only for the committee',
  })
  @Public()
  async consultations(@CurrentActor() actor: Actor | null, @Args() filter: ConsultationsArgs) {
    const { consultations, canManage } = await this.queries.list(actor, filter);
    const now = new Date();
    return consultations.map((c) => toConsultationModel(c, canManage, now));
  }

  @Query(() => ConsultationModel, {
    description: 'A draft is NOT_FOUND for those who do not run consultations',
  })
  @Public()
  async consultation(@CurrentActor() actor: Actor | null, @Args('id', { type: () => ID }) id: string) {
    const { consultation, canManage } = await this.queries.get(actor, id);
    return toConsultationModel(consultation, canManage);
  }

  @Mutation(() => ConsultationModel, { description: 'Starts a draft (Comitato operativo)' })
  @RequireBodyRole('MANAGE_CONSULTATION')
  async createConsultation(@CurrentActor() actor: Actor, @Args('input') input: CreateConsultationInput) {
    return toConsultationModel(await this.lifecycle.create(actor, input), true);
  }

  @Mutation(() => ConsultationModel, {
    description:
      'Changes a draft or a scheduled consultation against its version; a scheduled one must stay ready',
  })
  @RequireBodyRole('MANAGE_CONSULTATION')
  async updateConsultation(@CurrentActor() actor: Actor, @Args('input') input: UpdateConsultationInput) {
    return toConsultationModel(await this.lifecycle.update(actor, input), true);
  }

  @Mutation(() => ConsultationModel, {
    description: 'Announces a draft; refused with every schedulingProblem as a field error',
  })
  @RequireBodyRole('MANAGE_CONSULTATION')
  async scheduleConsultation(
    @CurrentActor() actor: Actor,
    @Args() { id, expectedVersion }: ScheduleConsultationArgs,
  ) {
    return toConsultationModel(await this.lifecycle.schedule(actor, id, expectedVersion), true);
  }

  @Mutation(() => ConsultationModel, {
    description: 'Opens a scheduled consultation now (early: opensAt becomes now)',
  })
  @RequireBodyRole('MANAGE_CONSULTATION')
  async openConsultation(@CurrentActor() actor: Actor, @Args() { id }: ConsultationIdArgs) {
    return toConsultationModel(await this.lifecycle.open(actor, id), true);
  }

  @Mutation(() => ConsultationModel, {
    description: 'Closes an open consultation now (early: closesAt becomes now)',
  })
  @RequireBodyRole('MANAGE_CONSULTATION')
  async closeConsultation(@CurrentActor() actor: Actor, @Args() { id }: ConsultationIdArgs) {
    return toConsultationModel(await this.lifecycle.close(actor, id), true);
  }

  @Query(() => ConsultationInvitationsModel, {
    description: 'Who is invited to the consultation (those who run consultations)',
  })
  @RequireBodyRole('MANAGE_CONSULTATION')
  consultationInvitations(
    @CurrentActor() actor: Actor,
    @Args() { id }: ConsultationIdArgs,
  ): Promise<ConsultationInvitationsModel> {
    return this.queries.invitations(actor, id);
  }

  @Mutation(() => ConsultationInvitationsModel, {
    description: 'Replaces who is invited to an invitation-only consultation (participation INVITED)',
  })
  @RequireBodyRole('MANAGE_CONSULTATION')
  setConsultationInvitations(
    @CurrentActor() actor: Actor,
    @Args() { id, userIds, organisationIds }: SetConsultationInvitationsArgs,
  ): Promise<ConsultationInvitationsModel> {
    return this.lifecycle.setInvitations(actor, id, userIds, organisationIds);
  }
}
