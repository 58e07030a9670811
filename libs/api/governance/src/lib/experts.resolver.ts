import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { PERMISSIONS, engagementLastDay, todayInItaly } from '@piano2030/shared-domain';
import {
  CurrentActor,
  Public,
  RequireBodyRole,
  RequirePermission,
  type Actor,
  type RequestContext,
} from '@piano2030/api-core';
import { PersonModel, iamLoaders } from '@piano2030/api-iam';
import { ExpertsService } from './experts.service';
import { governanceLoaders } from './governance.loaders';
import { EngageExpertInput, SubmitExpertOpinionInput } from './dto/expert.inputs';
import { DecisionModel } from './models/decision.model';
import { ExpertEngagementModel, ExpertOpinionModel } from './models/expert.model';

@Resolver(() => ExpertEngagementModel)
export class ExpertsResolver {
  constructor(private readonly service: ExpertsService) {}

  @Query(() => [ExpertEngagementModel], {
    description: 'External experts, their scope and declarations; public',
  })
  @Public()
  experts(): Promise<ExpertEngagementModel[]> {
    return this.service.list();
  }

  @Mutation(() => ExpertEngagementModel, { description: 'Records an engagement the Cabina decided' })
  @RequirePermission(PERMISSIONS.MEMBERSHIPS_MANAGE)
  engageExpert(
    @CurrentActor() actor: Actor,
    @Args('input') input: EngageExpertInput,
  ): Promise<ExpertEngagementModel> {
    return this.service.engage(actor, input);
  }

  @Mutation(() => ExpertOpinionModel, { description: 'An opinion on an agenda item within the engagement' })
  @RequireBodyRole('SUBMIT_OPINION')
  submitExpertOpinion(
    @CurrentActor() actor: Actor,
    @Args('input') input: SubmitExpertOpinionInput,
  ): Promise<ExpertOpinionModel> {
    return this.service.submitOpinion(actor, input);
  }

  @ResolveField(() => PersonModel)
  async person(
    @Parent() engagement: ExpertEngagementModel,
    @Context() ctx: RequestContext,
  ): Promise<PersonModel> {
    const person = await iamLoaders(ctx).personById.load(engagement.userId);
    if (!person) throw new Error(`Engagement ${engagement.id} points at a missing account`);
    return person;
  }

  @ResolveField(() => DecisionModel, { description: 'The Cabina decision that called on the expert' })
  async decision(
    @Parent() engagement: ExpertEngagementModel,
    @Context() ctx: RequestContext,
  ): Promise<DecisionModel> {
    const decision = await governanceLoaders(ctx).decisionById.load(engagement.decisionId);
    if (!decision) throw new Error(`Engagement ${engagement.id} points at a missing decision`);
    return decision;
  }

  @ResolveField(() => Boolean, { description: 'Today is within the dates and the engagement has not ended' })
  active(@Parent() engagement: ExpertEngagementModel): boolean {
    const today = todayInItaly();
    return engagement.startsOn <= today && today <= engagementLastDay(engagement);
  }
}
