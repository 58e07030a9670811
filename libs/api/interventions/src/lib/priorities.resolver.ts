import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentActor, Public, RequireBodyRole, type Actor } from '@piano2030/api-core';
import { CreatePriorityInput, UpdatePriorityInput } from './dto/priority.inputs';
import { toPriorityModel } from './models/interventions.mappers';
import { PriorityModel } from './models/priority.model';
import { PrioritiesService } from './priorities.service';

@Resolver(() => PriorityModel)
export class PrioritiesResolver {
  constructor(private readonly service: PrioritiesService) {}

  @Query(() => [PriorityModel], { description: "An area's strategic priorities, in order" })
  @Public()
  async priorities(@Args('areaCode') areaCode: string): Promise<PriorityModel[]> {
    return (await this.service.list(areaCode)).map(toPriorityModel);
  }

  @Mutation(() => PriorityModel, { description: 'Adds a priority to an area (committee members)' })
  @RequireBodyRole('MANAGE_PRIORITIES')
  async createPriority(@CurrentActor() actor: Actor, @Args('input') input: CreatePriorityInput) {
    return toPriorityModel(await this.service.create(actor, input));
  }

  @Mutation(() => PriorityModel, {
    description: 'Changes a priority against its revision (committee members)',
  })
  @RequireBodyRole('MANAGE_PRIORITIES')
  async updatePriority(@CurrentActor() actor: Actor, @Args('input') input: UpdatePriorityInput) {
    return toPriorityModel(await this.service.update(actor, input));
  }
}
