import { Context, Float, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { RequestContext } from '@piano2030/api-core';
import { totalResources } from '@piano2030/shared-domain';
import { interventionLoaders } from './interventions.loaders';
import { InterventionModel, InterventionResourceModel } from './models/intervention.model';
import { toPriorityModel } from './models/interventions.mappers';
import { PriorityModel } from './models/priority.model';

@Resolver(() => InterventionModel)
export class InterventionResolver {
  @ResolveField(() => [InterventionResourceModel], { description: 'By year, then funding source' })
  resources(@Parent() intervention: InterventionModel, @Context() ctx: RequestContext) {
    return interventionLoaders(ctx).resourcesByIntervention.load(intervention.id);
  }

  @ResolveField(() => Float, { description: 'All resources, in euros' })
  async totalResources(@Parent() intervention: InterventionModel, @Context() ctx: RequestContext) {
    return totalResources(await interventionLoaders(ctx).resourcesByIntervention.load(intervention.id));
  }

  @ResolveField(() => PriorityModel)
  async priority(@Parent() intervention: InterventionModel, @Context() ctx: RequestContext) {
    const priority = await interventionLoaders(ctx).priorityById.load(intervention.priorityId);
    return priority && toPriorityModel(priority);
  }
}
