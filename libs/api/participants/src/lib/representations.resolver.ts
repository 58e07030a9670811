import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { PERMISSIONS } from '@piano2030/shared-domain';
import { CurrentActor, RequirePermission, type Actor } from '@piano2030/api-core';
import {
  RepresentationDecisionArgs,
  RepresentationIdArgs,
  RepresentationRequestsArgs,
} from './dto/participants.args';
import { RequestRepresentationInput } from './dto/request-representation.input';
import { toRepresentationModel } from './models/participants.mappers';
import { RepresentationModel } from './models/representation.model';
import { RepresentationsService } from './representations.service';

@Resolver(() => RepresentationModel)
export class RepresentationsResolver {
  constructor(private readonly representations: RepresentationsService) {}

  @Query(() => [RepresentationModel], { description: "The signed-in person's requests, newest first" })
  @RequirePermission(PERMISSIONS.ACCOUNT_SELF)
  async myRepresentations(@CurrentActor() actor: Actor): Promise<RepresentationModel[]> {
    return (await this.representations.mine(actor)).map(toRepresentationModel);
  }

  @Query(() => [RepresentationModel], { description: 'Requests to verify (administrators), oldest first' })
  @RequirePermission(PERMISSIONS.REPRESENTATIVES_VERIFY)
  async representationRequests(
    @Args() { status }: RepresentationRequestsArgs,
  ): Promise<RepresentationModel[]> {
    return (await this.representations.queue(status)).map(toRepresentationModel);
  }

  @Mutation(() => RepresentationModel, {
    description: 'Asks to represent an organisation, registered already or new; an administrator decides',
  })
  @RequirePermission(PERMISSIONS.ACCOUNT_SELF)
  async requestRepresentation(
    @CurrentActor() actor: Actor,
    @Args('input') input: RequestRepresentationInput,
  ): Promise<RepresentationModel> {
    return toRepresentationModel(await this.representations.request(actor, input));
  }

  @Mutation(() => RepresentationModel, { description: 'Verifies a pending request (administrators)' })
  @RequirePermission(PERMISSIONS.REPRESENTATIVES_VERIFY)
  async verifyRepresentation(@CurrentActor() actor: Actor, @Args() { id }: RepresentationIdArgs) {
    return toRepresentationModel(await this.representations.verify(actor, id));
  }

  @Mutation(() => RepresentationModel, {
    description: 'Rejects a pending request, saying why (administrators)',
  })
  @RequirePermission(PERMISSIONS.REPRESENTATIVES_VERIFY)
  async rejectRepresentation(
    @CurrentActor() actor: Actor,
    @Args() { id, reason }: RepresentationDecisionArgs,
  ) {
    return toRepresentationModel(await this.representations.reject(actor, id, reason));
  }

  @Mutation(() => RepresentationModel, {
    description: 'Revokes a verified representation, saying why (administrators)',
  })
  @RequirePermission(PERMISSIONS.REPRESENTATIVES_VERIFY)
  async revokeRepresentation(
    @CurrentActor() actor: Actor,
    @Args() { id, reason }: RepresentationDecisionArgs,
  ) {
    return toRepresentationModel(await this.representations.revoke(actor, id, reason));
  }
}
