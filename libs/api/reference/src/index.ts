export { ReferenceModule } from './lib/reference.module';
export { ReferenceService } from './lib/reference.service';
export { REFERENCE_ENTITIES } from './lib/reference.entities';
/** For foreign keys from other domains' entities. */
export { InterventionAreaEntity } from './lib/entities/intervention-area.entity';
export { PartyEntity } from './lib/entities/party.entity';
export { ProcessPhaseEntity } from './lib/entities/process-phase.entity';
/** For other domains' inputs that name areas and phases. */
export { requireReferenceCodes } from './lib/reference-codes';
