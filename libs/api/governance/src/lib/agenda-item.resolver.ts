import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { RequestContext } from '@piano2030/api-core';
import { PersonModel, iamLoaders } from '@piano2030/api-iam';
import { governanceLoaders } from './governance.loaders';
import { ExpertOpinionModel } from './models/expert.model';
import { AgendaItemModel, AttendanceModel } from './models/meeting.model';
import { MembershipModel } from './models/membership.model';
import { toMembershipModel } from './models/governance.mappers';
import { VoteModel } from './models/vote.model';

@Resolver(() => AgendaItemModel)
export class AgendaItemResolver {
  @ResolveField(() => [VoteModel])
  votes(@Parent() item: AgendaItemModel, @Context() ctx: RequestContext): Promise<VoteModel[]> {
    return governanceLoaders(ctx).votesByAgendaItem.load(item.id);
  }

  @ResolveField(() => [ExpertOpinionModel], { description: "External experts' opinions on this item" })
  opinions(@Parent() item: AgendaItemModel, @Context() ctx: RequestContext): Promise<ExpertOpinionModel[]> {
    return governanceLoaders(ctx).opinionsByAgendaItem.load(item.id);
  }
}

@Resolver(() => AttendanceModel)
export class AttendanceResolver {
  @ResolveField(() => MembershipModel)
  async membership(
    @Parent() entry: AttendanceModel,
    @Context() ctx: RequestContext,
  ): Promise<MembershipModel> {
    const membership = await governanceLoaders(ctx).membershipById.load(entry.membershipId);
    if (!membership) throw new Error(`Attendance points at a missing membership ${entry.membershipId}`);
    return toMembershipModel(membership);
  }
}

@Resolver(() => ExpertOpinionModel)
export class ExpertOpinionResolver {
  @ResolveField(() => PersonModel)
  async expert(@Parent() opinion: ExpertOpinionModel, @Context() ctx: RequestContext): Promise<PersonModel> {
    const engagement = await governanceLoaders(ctx).engagementById.load(opinion.engagementId);
    const person = engagement && (await iamLoaders(ctx).personById.load(engagement.userId));
    if (!person) throw new Error(`Opinion ${opinion.id} points at a missing expert`);
    return person;
  }
}
