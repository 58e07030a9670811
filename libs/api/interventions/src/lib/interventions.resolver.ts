import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentActor, Public, RequireBodyRole, type Actor } from '@piano2030/api-core';
import type { ResourceGrouping } from '@piano2030/shared-domain';
import {
  CreateInterventionInput,
  InterventionFilter,
  SetInterventionStatusInput,
  UpdateInterventionInput,
} from './dto/intervention.inputs';
import { InterventionQueries } from './intervention-queries.service';
import { InterventionsService } from './interventions.service';
import { InterventionDiffModel, ResourceSummaryModel } from './models/diff-and-summary.model';
import { InterventionModel, InterventionVersionModel } from './models/intervention.model';
import { ResourceGroupingEnum } from './models/interventions.enums';
import { toInterventionModel } from './models/interventions.mappers';

@Resolver()
export class InterventionsResolver {
  constructor(
    private readonly queries: InterventionQueries,
    private readonly register: InterventionsService,
  ) {}

  @Query(() => [InterventionModel], {
    description: 'The register, by area and number; drafts only for insiders',
  })
  @Public()
  async interventions(
    @CurrentActor() actor: Actor | null,
    @Args('filter', { type: () => InterventionFilter, nullable: true }) filter: InterventionFilter | null,
  ): Promise<InterventionModel[]> {
    return (await this.queries.list(actor, filter ?? {})).map(toInterventionModel);
  }

  @Query(() => InterventionModel)
  @Public()
  async intervention(@CurrentActor() actor: Actor | null, @Args('id', { type: () => ID }) id: string) {
    return toInterventionModel(await this.queries.get(actor, id));
  }

  @Query(() => [InterventionVersionModel], { description: 'Every saved version, newest first' })
  @Public()
  interventionVersions(@CurrentActor() actor: Actor | null, @Args('id', { type: () => ID }) id: string) {
    return this.queries.versions(actor, id);
  }

  @Query(() => InterventionDiffModel, { description: 'What changed between any two versions' })
  @Public()
  interventionDiff(
    @CurrentActor() actor: Actor | null,
    @Args('id', { type: () => ID }) id: string,
    @Args('fromVersion', { type: () => Int }) fromVersion: number,
    @Args('toVersion', { type: () => Int }) toVersion: number,
  ) {
    return this.queries.diff(actor, id, fromVersion, toVersion);
  }

  @Query(() => ResourceSummaryModel, { description: 'Resources by area, funding source, year or guideline' })
  @Public()
  resourceSummary(
    @CurrentActor() actor: Actor | null,
    @Args('groupBy', { type: () => ResourceGroupingEnum }) groupBy: ResourceGrouping,
    @Args('areaCode', { type: () => String, nullable: true }) areaCode: string | null,
    @Args('includeDrafts', { defaultValue: false, description: 'Count drafts too (insiders only)' })
    includeDrafts: boolean,
  ) {
    return this.queries.resourceSummary(actor, groupBy, { areaCode, includeDrafts });
  }

  @Mutation(() => InterventionModel, {
    description: 'Drafts an intervention (committee, experts within scope)',
  })
  @RequireBodyRole('DRAFT_INTERVENTION')
  async createIntervention(@CurrentActor() actor: Actor, @Args('input') input: CreateInterventionInput) {
    return toInterventionModel(await this.register.create(actor, input));
  }

  @Mutation(() => InterventionModel, {
    description: 'Saves a new version against the expected one; a reason once the intervention is public',
  })
  @RequireBodyRole('EDIT_INTERVENTION')
  async updateIntervention(@CurrentActor() actor: Actor, @Args('input') input: UpdateInterventionInput) {
    return toInterventionModel(await this.register.update(actor, input));
  }

  @Mutation(() => InterventionModel, {
    description: 'Publishes for consultation, marks revised, discards or restores (committee members)',
  })
  @RequireBodyRole('CHANGE_INTERVENTION_STATUS')
  async setInterventionStatus(
    @CurrentActor() actor: Actor,
    @Args('input') input: SetInterventionStatusInput,
  ) {
    return toInterventionModel(await this.register.setStatus(actor, input));
  }
}
