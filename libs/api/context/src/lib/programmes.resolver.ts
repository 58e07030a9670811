import { Args, Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Public, type RequestContext } from '@piano2030/api-core';
import { contextLoaders } from './context.loaders';
import { toObjectiveModel, toProjectModel } from './models/context.mappers';
import { ChamberObjectiveModel, ChamberProjectModel } from './models/programme.model';
import { ProgrammesService } from './programmes.service';

@Resolver(() => ChamberObjectiveModel)
export class ProgrammesResolver {
  constructor(private readonly programmes: ProgrammesService) {}

  @Query(() => [ChamberObjectiveModel], {
    description:
      "The chamber's existing programmes for an area (those it mainly serves first); all without an area",
  })
  @Public()
  async chamberObjectives(
    @Args('areaCode', { type: () => String, nullable: true }) areaCode: string | null,
  ): Promise<ChamberObjectiveModel[]> {
    return (await this.programmes.objectives(areaCode ?? null)).map(toObjectiveModel);
  }

  @ResolveField(() => [ChamberProjectModel])
  async projects(@Parent() objective: ChamberObjectiveModel, @Context() ctx: RequestContext) {
    return (await contextLoaders(ctx).projectsByObjective.load(objective.code)).map(toProjectModel);
  }
}
