import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { RequestContext } from '@piano2030/api-core';
import { iamLoaders, PersonModel } from '@piano2030/api-iam';
import { participantsLoaders } from './participants.loaders';
import { toOrganisationModel } from './models/participants.mappers';
import { OrganisationModel } from './models/organisation.model';
import { RepresentationModel } from './models/representation.model';

/** Seen only by the person who asked and by administrators, who need the tax code to verify. */
@Resolver(() => RepresentationModel)
export class RepresentationResolver {
  @ResolveField(() => OrganisationModel)
  async organisation(@Parent() representation: RepresentationModel, @Context() ctx: RequestContext) {
    const organisation = await participantsLoaders(ctx).organisationById.load(representation.organisationId);
    return organisation && toOrganisationModel(organisation);
  }

  @ResolveField(() => String, { nullable: true, description: "The organisation's tax code, as registered" })
  async organisationTaxCode(@Parent() representation: RepresentationModel, @Context() ctx: RequestContext) {
    return (
      (await participantsLoaders(ctx).organisationById.load(representation.organisationId))?.taxCode ?? null
    );
  }

  @ResolveField(() => PersonModel, { description: 'Who asked' })
  requester(@Parent() representation: RepresentationModel, @Context() ctx: RequestContext) {
    return iamLoaders(ctx).personById.load(representation.userId);
  }
}
