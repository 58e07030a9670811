import { Args, Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Public, type RequestContext } from '@piano2030/api-core';
import { OrganisationIdArgs, OrganisationsArgs } from './dto/participants.args';
import { participantsLoaders } from './participants.loaders';
import { toOrganisationModel } from './models/participants.mappers';
import { OrganisationModel, OrganisationRepresentativeModel } from './models/organisation.model';
import { OrganisationsService } from './organisations.service';

@Resolver(() => OrganisationModel)
export class OrganisationsResolver {
  constructor(private readonly service: OrganisationsService) {}

  @Query(() => [OrganisationModel], {
    description: 'Organisations with a verified representative, by name; filtered by category or name',
  })
  @Public()
  async organisations(@Args() args: OrganisationsArgs): Promise<OrganisationModel[]> {
    return (await this.service.list(args)).map(toOrganisationModel);
  }

  @Query(() => OrganisationModel, { description: 'An organisation with a verified representative' })
  @Public()
  async organisation(@Args() { id }: OrganisationIdArgs): Promise<OrganisationModel> {
    return toOrganisationModel(await this.service.get(id));
  }

  @ResolveField(() => [OrganisationRepresentativeModel], {
    description: 'Its verified representatives, by public name and role',
  })
  async representatives(
    @Parent() organisation: OrganisationModel,
    @Context() ctx: RequestContext,
  ): Promise<OrganisationRepresentativeModel[]> {
    const loaders = participantsLoaders(ctx);
    const rows = await loaders.verifiedRepresentativesByOrganisation.load(organisation.id);
    const names = await loaders.publicNameByUserId.loadMany(rows.map((row) => row.userId));
    return rows.flatMap((row, index) => {
      const publicName = names[index];
      return typeof publicName === 'string' ? [{ publicName, title: row.title }] : [];
    });
  }
}
