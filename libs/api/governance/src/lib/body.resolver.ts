import { Args, Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { PARTY_CODES } from '@piano2030/shared-domain';
import type { RequestContext } from '@piano2030/api-core';
import { governanceLoaders } from './governance.loaders';
import { VOTING_ROLES } from '@piano2030/shared-domain';
import { BodyModel, SeatVacancyModel } from './models/body.model';
import { toMembershipModel } from './models/governance.mappers';
import { MeetingModel } from './models/meeting.model';
import { MembershipModel } from './models/membership.model';

@Resolver(() => BodyModel)
export class BodyResolver {
  @ResolveField(() => [MembershipModel], {
    description: 'Current members; with includeEnded, the whole history',
  })
  async members(
    @Parent() body: BodyModel,
    @Args('includeEnded', { defaultValue: false }) includeEnded: boolean,
    @Context() ctx: RequestContext,
  ): Promise<MembershipModel[]> {
    const loaders = governanceLoaders(ctx);
    const rows = await (includeEnded ? loaders.allMembershipsByBody : loaders.openMembershipsByBody).load(
      body.id,
    );
    return rows.map(toMembershipModel);
  }

  @ResolveField(() => [MeetingModel], { description: 'Its meetings, the latest first' })
  meetings(@Parent() body: BodyModel, @Context() ctx: RequestContext): Promise<MeetingModel[]> {
    return governanceLoaders(ctx).meetingsByBody.load(body.id);
  }

  @ResolveField(() => [SeatVacancyModel], {
    description: 'Per Parte, for bodies whose seats the Parti designate',
  })
  async vacancies(@Parent() body: BodyModel, @Context() ctx: RequestContext): Promise<SeatVacancyModel[]> {
    if (body.seatsPerParty === null) return [];
    const seats = body.seatsPerParty;
    const voting = await this.openVotingMembers(body, ctx);
    return PARTY_CODES.map((partyCode) => ({
      partyCode,
      seats,
      vacant: seats - voting.filter((m) => m.partyCode === partyCode).length,
    }));
  }

  @ResolveField(() => Boolean, { description: 'False while a seat is empty' })
  async complete(@Parent() body: BodyModel, @Context() ctx: RequestContext): Promise<boolean> {
    if (body.seats === null) return true;
    return (await this.openVotingMembers(body, ctx)).length >= body.seats;
  }

  private async openVotingMembers(body: BodyModel, ctx: RequestContext) {
    const open = await governanceLoaders(ctx).openMembershipsByBody.load(body.id);
    return open.filter((m) => VOTING_ROLES.includes(m.role));
  }
}
