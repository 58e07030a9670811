import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { RequestContext } from '@piano2030/api-core';
import { PersonModel, iamLoaders } from '@piano2030/api-iam';
import { governanceLoaders } from './governance.loaders';
import { DecisionModel } from './models/decision.model';
import { MembershipModel } from './models/membership.model';

@Resolver(() => MembershipModel)
export class MembershipResolver {
  @ResolveField(() => PersonModel)
  async person(@Parent() membership: MembershipModel, @Context() ctx: RequestContext): Promise<PersonModel> {
    const person = await iamLoaders(ctx).personById.load(membership.userId);
    if (!person) throw new Error(`Membership ${membership.id} points at a missing account`);
    return person;
  }

  @ResolveField(() => PersonModel, { nullable: true })
  alternate(
    @Parent() membership: MembershipModel,
    @Context() ctx: RequestContext,
  ): Promise<PersonModel | null> {
    return membership.alternateUserId
      ? iamLoaders(ctx).personById.load(membership.alternateUserId)
      : Promise.resolve(null);
  }

  @ResolveField(() => DecisionModel, {
    nullable: true,
    description: 'The Cabina decision behind an appointment to the Comitato operativo',
  })
  decision(
    @Parent() membership: MembershipModel,
    @Context() ctx: RequestContext,
  ): Promise<DecisionModel | null> {
    return membership.decisionId
      ? governanceLoaders(ctx).decisionById.load(membership.decisionId)
      : Promise.resolve(null);
  }
}
