import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentActor, Public, RequireBodyRole, type Actor, type RequestContext } from '@piano2030/api-core';
import { PersonModel, iamLoaders } from '@piano2030/api-iam';
import {
  AddSwotItemInput,
  PublishSwotInput,
  UpdateSwotItemInput,
  WithdrawSwotItemInput,
} from './dto/swot.inputs';
import { toSwotItemModel } from './models/context.mappers';
import {
  SwotAnalysisModel,
  SwotItemDiffModel,
  SwotItemModel,
  SwotItemVersionModel,
} from './models/swot.model';
import { SwotQueries } from './swot-queries.service';
import { SwotService } from './swot.service';

@Resolver(() => SwotItemModel)
export class SwotResolver {
  constructor(
    private readonly items: SwotService,
    private readonly queries: SwotQueries,
  ) {}

  @Query(() => SwotAnalysisModel, { description: "An area's SWOT analysis" })
  @Public()
  swot(@CurrentActor() actor: Actor | null, @Args('areaCode') areaCode: string) {
    return this.queries.analysis(actor, areaCode);
  }

  @Query(() => [SwotItemVersionModel], { description: "An item's versions, newest first" })
  @Public()
  swotItemVersions(@CurrentActor() actor: Actor | null, @Args('id', { type: () => ID }) id: string) {
    return this.queries.versions(actor, id);
  }

  @Query(() => SwotItemDiffModel, { description: 'What changed between two versions of an item' })
  @Public()
  swotItemDiff(
    @CurrentActor() actor: Actor | null,
    @Args('id', { type: () => ID }) id: string,
    @Args('fromVersion', { type: () => Int }) fromVersion: number,
    @Args('toVersion', { type: () => Int }) toVersion: number,
  ) {
    return this.queries.diff(actor, id, fromVersion, toVersion);
  }

  @Mutation(() => SwotItemModel, {
    description: 'Drafts an item (committee members, experts within their scope)',
  })
  @RequireBodyRole('DRAFT_SWOT')
  async addSwotItem(@CurrentActor() actor: Actor, @Args('input') input: AddSwotItemInput) {
    return toSwotItemModel(await this.items.add(actor, input));
  }

  @Mutation(() => SwotItemModel, {
    description:
      'Changes an item against its expected version; published items by the committee, with a reason',
  })
  @RequireBodyRole('DRAFT_SWOT')
  async updateSwotItem(@CurrentActor() actor: Actor, @Args('input') input: UpdateSwotItemInput) {
    return toSwotItemModel(await this.items.update(actor, input));
  }

  @Mutation(() => SwotItemModel, { description: 'Withdraws an item, with a reason (committee members)' })
  @RequireBodyRole('PUBLISH_SWOT')
  async withdrawSwotItem(@CurrentActor() actor: Actor, @Args('input') input: WithdrawSwotItemInput) {
    return toSwotItemModel(await this.items.withdraw(actor, input));
  }

  @Mutation(() => SwotAnalysisModel, {
    description: "Publishes an area's drafts as a new edition (committee members)",
  })
  @RequireBodyRole('PUBLISH_SWOT')
  async publishSwot(@CurrentActor() actor: Actor, @Args('input') input: PublishSwotInput) {
    await this.items.publish(actor, input);
    return this.queries.analysis(actor, input.areaCode);
  }

  @ResolveField(() => PersonModel, { nullable: true, description: 'Who drafted the item' })
  author(@Parent() item: SwotItemModel, @Context() ctx: RequestContext) {
    return iamLoaders(ctx).personById.load(item.createdBy);
  }
}
