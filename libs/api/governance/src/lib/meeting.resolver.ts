import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { BODY_ACTIONS, checkQuorum, decideBodyAction, type BodyAction } from '@piano2030/shared-domain';
import type { RequestContext } from '@piano2030/api-core';
import { governanceLoaders } from './governance.loaders';
import { BodyModel } from './models/body.model';
import { BodyActionEnum } from './models/enums';
import { toBodyModel } from './models/governance.mappers';
import { AgendaItemModel, AttendanceModel, MeetingModel, QuorumModel } from './models/meeting.model';
import { viewerIsInsider, viewerRoles } from './viewer-standing';
import { toVoters } from './voters';

@Resolver(() => MeetingModel)
export class MeetingResolver {
  @ResolveField(() => BodyModel)
  async body(@Parent() meeting: MeetingModel, @Context() ctx: RequestContext): Promise<BodyModel> {
    const body = await governanceLoaders(ctx).bodyById.load(meeting.bodyId);
    if (!body) throw new Error(`Meeting ${meeting.id} points at a missing body`);
    return toBodyModel(body);
  }

  @ResolveField(() => [AgendaItemModel])
  agenda(@Parent() meeting: MeetingModel, @Context() ctx: RequestContext): Promise<AgendaItemModel[]> {
    return governanceLoaders(ctx).agendaByMeeting.load(meeting.id);
  }

  @ResolveField(() => [AttendanceModel], { description: 'One entry per current member, in seat order' })
  async attendance(
    @Parent() meeting: MeetingModel,
    @Context() ctx: RequestContext,
  ): Promise<AttendanceModel[]> {
    const loaders = governanceLoaders(ctx);
    const [members, recorded] = await Promise.all([
      loaders.openMembershipsByBody.load(meeting.bodyId),
      loaders.attendanceByMeeting.load(meeting.id),
    ]);
    return members.map((m) => ({
      membershipId: m.id,
      status: recorded.find((a) => a.membershipId === m.id)?.status ?? null,
    }));
  }

  @ResolveField(() => QuorumModel, { description: "Live, from the attendance and the body's rules" })
  async quorum(@Parent() meeting: MeetingModel, @Context() ctx: RequestContext): Promise<QuorumModel> {
    const loaders = governanceLoaders(ctx);
    const [body, members, attendance] = await Promise.all([
      loaders.bodyById.load(meeting.bodyId),
      loaders.openMembershipsByBody.load(meeting.bodyId),
      loaders.attendanceByMeeting.load(meeting.id),
    ]);
    if (!body) throw new Error(`Meeting ${meeting.id} points at a missing body`);
    return checkQuorum(toVoters(members, attendance), body.votingRules);
  }

  @ResolveField(() => String, {
    nullable: true,
    description: 'The minutes: public once approved; drafts only for the members of the body',
  })
  async minutes(@Parent() meeting: MeetingModel, @Context() ctx: RequestContext): Promise<string | null> {
    if (meeting.minutesStatus === 'APPROVED') return meeting.minutes;
    return (await viewerIsInsider(ctx, meeting.bodyId)) ? meeting.minutes : null;
  }

  @ResolveField(() => MeetingModel, { nullable: true, description: 'The meeting that approved the minutes' })
  minutesApprovedAt(
    @Parent() meeting: MeetingModel,
    @Context() ctx: RequestContext,
  ): Promise<MeetingModel | null> {
    return meeting.minutesApprovedAtMeetingId
      ? governanceLoaders(ctx).meetingById.load(meeting.minutesApprovedAtMeetingId)
      : Promise.resolve(null);
  }

  @ResolveField(() => [String], { description: "The caller's roles on the body for this meeting" })
  myRoles(@Parent() meeting: MeetingModel, @Context() ctx: RequestContext): Promise<string[]> {
    return viewerRoles(ctx, meeting.bodyId, meeting.id);
  }

  @ResolveField(() => [BodyActionEnum], {
    description: 'What the caller may do at this meeting now; vote actions assume an open vote',
  })
  async myCapabilities(
    @Parent() meeting: MeetingModel,
    @Context() ctx: RequestContext,
  ): Promise<BodyAction[]> {
    const [roles, body] = await Promise.all([
      viewerRoles(ctx, meeting.bodyId, meeting.id),
      governanceLoaders(ctx).bodyById.load(meeting.bodyId),
    ]);
    if (!body) return [];
    const state = {
      bodyKind: body.kind,
      meeting: meeting.status,
      minutes: meeting.minutesStatus,
      vote: 'OPEN' as const,
    };
    return BODY_ACTIONS.filter((action) => decideBodyAction(roles, action, state).allowed);
  }
}
