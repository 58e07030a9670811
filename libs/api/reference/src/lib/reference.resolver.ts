import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { PERMISSIONS } from '@piano2030/shared-domain';
import { CurrentActor, Public, RequirePermission, type Actor } from '@piano2030/api-core';
import { UpdateProcessPhaseInput } from './dto/update-process-phase.input';
import { toAreaModel, toGuidelineModel, toPartyModel, toPhaseModel } from './models/reference.mappers';
import {
  GuidelineModel,
  InterventionAreaModel,
  PartyModel,
  ProcessPhaseModel,
} from './models/reference.models';
import { ReferenceService } from './reference.service';

@Resolver()
export class ReferenceResolver {
  constructor(private readonly reference: ReferenceService) {}

  @Query(() => [PartyModel])
  @Public()
  async parties(): Promise<PartyModel[]> {
    return (await this.reference.parties()).map(toPartyModel);
  }

  @Query(() => [InterventionAreaModel], { description: "The eight areas, in the protocol's order" })
  @Public()
  async interventionAreas(): Promise<InterventionAreaModel[]> {
    return (await this.reference.areas()).map(toAreaModel);
  }

  @Query(() => InterventionAreaModel, {
    description: 'One area by its code (PS1 to PS8); NOT_FOUND otherwise',
  })
  @Public()
  async interventionArea(@Args('code') code: string): Promise<InterventionAreaModel> {
    return toAreaModel(await this.reference.area(code));
  }

  @Query(() => [GuidelineModel])
  @Public()
  async guidelines(): Promise<GuidelineModel[]> {
    return (await this.reference.guidelines()).map(toGuidelineModel);
  }

  @Query(() => [ProcessPhaseModel])
  @Public()
  async processPhases(): Promise<ProcessPhaseModel[]> {
    return (await this.reference.phases()).map((phase) => toPhaseModel(phase));
  }

  @Mutation(() => ProcessPhaseModel)
  @RequirePermission(PERMISSIONS.PROCESS_PHASES_MANAGE)
  async updateProcessPhase(
    @CurrentActor() actor: Actor,
    @Args('input') input: UpdateProcessPhaseInput,
  ): Promise<ProcessPhaseModel> {
    return toPhaseModel(await this.reference.updatePhase(actor, input));
  }
}
