import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { manyBy, type RequestContext } from '@piano2030/api-core';
import { iamLoaders, type IamLoaders } from '@piano2030/api-iam';
import type { OrganisationCategory } from '@piano2030/shared-domain';
import { OrganisationRepresentativeEntity } from './entities/organisation-representative.entity';
import { OrganisationEntity } from './entities/organisation.entity';

/** An organisation as other domains name it (a contribution's "on behalf of"). */
export interface OrganisationSummary {
  id: string;
  name: string;
  category: OrganisationCategory;
  website: string | null;
  /** Never shown in public; administrators see it when verifying. */
  taxCode: string | null;
}

export function createParticipantsLoaders(dataSource: DataSource) {
  const repo = dataSource.getRepository.bind(dataSource);
  return {
    organisationById: new DataLoader<string, OrganisationSummary | null>(async (ids) => {
      const rows = await repo(OrganisationEntity).find({
        where: { id: In([...ids]) },
        select: { id: true, name: true, category: true, website: true, taxCode: true },
      });
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    verifiedRepresentativesByOrganisation: manyBy(
      repo(OrganisationRepresentativeEntity),
      'organisationId',
      { requestedAt: 'ASC', id: 'ASC' },
      { status: 'VERIFIED' },
    ),
  };
}

export const PARTICIPANTS_LOADERS = 'participants';

export type ParticipantsLoaders = ReturnType<typeof createParticipantsLoaders> & {
  /** How each person appears in public: the identity domain's loader, the one implementation. */
  publicNameByUserId: IamLoaders['publicNameByUserId'];
};

/** This request's loaders: organisations by id and, from the identity domain, public names by account. */
export function participantsLoaders(context: RequestContext): ParticipantsLoaders {
  const own = context.loaders[PARTICIPANTS_LOADERS] as ReturnType<typeof createParticipantsLoaders>;
  return { ...own, publicNameByUserId: iamLoaders(context).publicNameByUserId };
}
