import type { OrganisationRepresentativeEntity } from '../entities/organisation-representative.entity';
import type { OrganisationEntity } from '../entities/organisation.entity';
import type { OrganisationModel } from './organisation.model';
import type { RepresentationModel } from './representation.model';

export const toOrganisationModel = (
  o: Pick<OrganisationEntity, 'id' | 'name' | 'category' | 'website'>,
): OrganisationModel => ({
  id: o.id,
  name: o.name,
  category: o.category,
  website: o.website,
});

export const toRepresentationModel = (r: OrganisationRepresentativeEntity): RepresentationModel => ({
  id: r.id,
  organisationId: r.organisationId,
  userId: r.userId,
  title: r.title,
  status: r.status,
  requestedAt: r.requestedAt,
  decidedAt: r.decidedAt,
  decisionReason: r.decisionReason,
});
