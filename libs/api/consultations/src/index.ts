export { ConsultationsModule } from './lib/consultations.module';
export { CONSULTATIONS_ENTITIES } from './lib/consultations.entities';
/** For the intervention and SWOT pages, the results report and notifications: published answers linking to an item. */
export {
  publishedDispositionsLinkedTo,
  type DispositionTarget,
  type PublishedDispositionLink,
} from './lib/disposition-rows';
/** For the demo seed, which acts through the services as people would. */
export { ConsultationsService } from './lib/consultations.service';
export { ContributionsService } from './lib/contributions.service';
export { DispositionsService } from './lib/dispositions.service';
/** For search, which filters and returns contributions by kind. */
export { ContributionKindEnum } from './lib/models/contribution.enums';
/** For foreign keys from other domains' entities (notifications) and their GraphQL types. */
export { ConsultationEntity } from './lib/entities/consultation.entity';
export { ContributionEntity } from './lib/entities/contribution.entity';
export { DispositionOutcomeEnum } from './lib/models/moderation.enums';
