import { OrganisationRepresentativeEntity } from './entities/organisation-representative.entity';
import { OrganisationEntity } from './entities/organisation.entity';

export const PARTICIPANTS_ENTITIES = [OrganisationEntity, OrganisationRepresentativeEntity];
