import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import {
  CurrentActor,
  Public,
  RequirePermission,
  type Actor,
  type RequestContext,
} from '@piano2030/api-core';
import { PERMISSIONS } from '@piano2030/shared-domain';
import { contextLoaders } from './context.loaders';
import { SetIndicatorAreasInput, UploadIndicatorSeriesInput } from './dto/indicator.inputs';
import { IndicatorsService } from './indicators.service';
import { toSeriesModel } from './models/context.mappers';
import {
  IndicatorObservationModel,
  IndicatorSeriesModel,
  IndicatorUploadResultModel,
} from './models/indicator.model';

@Resolver(() => IndicatorSeriesModel)
export class IndicatorsResolver {
  constructor(private readonly series: IndicatorsService) {}

  @Query(() => [IndicatorSeriesModel], {
    description:
      "An area's indicator series, its own first, then (unless excluded) the cross-cutting ones; all without an area",
  })
  @Public()
  async indicators(
    @Args('areaCode', { type: () => String, nullable: true }) areaCode: string | null,
    @Args('includeCrossCutting', { defaultValue: true }) includeCrossCutting: boolean,
  ): Promise<IndicatorSeriesModel[]> {
    return (await this.series.list(areaCode ?? null, includeCrossCutting)).map(toSeriesModel);
  }

  @Query(() => IndicatorSeriesModel)
  @Public()
  async indicator(@Args('code') code: string): Promise<IndicatorSeriesModel> {
    return toSeriesModel(await this.series.get(code));
  }

  @Mutation(() => IndicatorUploadResultModel, {
    description: 'Adds a series from a CSV file (administrators)',
  })
  @RequirePermission(PERMISSIONS.INDICATORS_MANAGE)
  async uploadIndicatorSeries(
    @CurrentActor() actor: Actor,
    @Args('input') input: UploadIndicatorSeriesInput,
  ): Promise<IndicatorUploadResultModel> {
    const result = await this.series.upload(actor, input);
    return { ...result, series: toSeriesModel(result.series) };
  }

  @Mutation(() => IndicatorSeriesModel, {
    description: 'Sets the area pages that show a series (administrators)',
  })
  @RequirePermission(PERMISSIONS.INDICATORS_MANAGE)
  async setIndicatorAreas(
    @CurrentActor() actor: Actor,
    @Args('input') input: SetIndicatorAreasInput,
  ): Promise<IndicatorSeriesModel> {
    return toSeriesModel(await this.series.setAreas(actor, input));
  }

  @ResolveField(() => [IndicatorObservationModel], { description: "In the source's order" })
  observations(@Parent() series: IndicatorSeriesModel, @Context() ctx: RequestContext) {
    return contextLoaders(ctx).observationsBySeries.load(series.id);
  }

  @ResolveField(() => [String], { description: 'Areas whose pages show the series' })
  async areaCodes(@Parent() series: IndicatorSeriesModel, @Context() ctx: RequestContext) {
    return (await contextLoaders(ctx).areasBySeries.load(series.id)).map((a) => a.areaCode);
  }
}
