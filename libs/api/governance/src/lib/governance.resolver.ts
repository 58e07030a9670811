import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { PERMISSIONS } from '@piano2030/shared-domain';
import { CurrentActor, Public, RequirePermission, type Actor } from '@piano2030/api-core';
import { BodiesService } from './bodies.service';
import { AppointMemberInput } from './dto/appoint-member.input';
import { EndMembershipInput } from './dto/end-membership.input';
import { MembershipsService } from './memberships.service';
import { BodyModel } from './models/body.model';
import { toBodyModel, toMembershipModel } from './models/governance.mappers';
import { MembershipModel } from './models/membership.model';

@Resolver()
export class GovernanceResolver {
  constructor(
    private readonly bodiesService: BodiesService,
    private readonly memberships: MembershipsService,
  ) {}

  @Query(() => [BodyModel], { description: 'The bodies of the process and their public composition' })
  @Public()
  async bodies(): Promise<BodyModel[]> {
    return (await this.bodiesService.list()).map(toBodyModel);
  }

  @Query(() => BodyModel)
  @Public()
  async body(@Args('id', { type: () => ID }) id: string): Promise<BodyModel> {
    return toBodyModel(await this.bodiesService.get(id));
  }

  @Mutation(() => MembershipModel, {
    description: 'Records an appointment; the Cabina takes at most 3 members per Parte',
  })
  @RequirePermission(PERMISSIONS.MEMBERSHIPS_MANAGE)
  async appointMember(
    @CurrentActor() actor: Actor,
    @Args('input') input: AppointMemberInput,
  ): Promise<MembershipModel> {
    return toMembershipModel(await this.memberships.appoint(actor, input));
  }

  @Mutation(() => MembershipModel, { description: 'Ends a membership; its history stays' })
  @RequirePermission(PERMISSIONS.MEMBERSHIPS_MANAGE)
  async endMembership(
    @CurrentActor() actor: Actor,
    @Args('input') input: EndMembershipInput,
  ): Promise<MembershipModel> {
    return toMembershipModel(await this.memberships.end(actor, input));
  }
}
