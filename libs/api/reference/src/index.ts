export { ReferenceModule } from './lib/reference.module';
export { ReferenceService } from './lib/reference.service';
export { REFERENCE_ENTITIES } from './lib/reference.entities';
/** For foreign keys from other domains' entities. */
export { PartyEntity } from './lib/entities/party.entity';
