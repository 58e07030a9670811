export { ParticipantsModule } from './lib/participants.module';
export { PARTICIPANTS_ENTITIES } from './lib/participants.entities';
/** For the consultations domain: on whose behalf a person speaks, inside the caller's transaction. */
export { ParticipantsService, type Speaker } from './lib/participants.service';
export {
  participantsLoaders,
  type OrganisationSummary,
  type ParticipantsLoaders,
} from './lib/participants.loaders';
/** For foreign keys from other domains' entities (a contribution's organisation). */
export { OrganisationEntity } from './lib/entities/organisation.entity';
/** For start-up data (the demo) that goes through the same rules as users. */
export { RepresentationsService } from './lib/representations.service';
export { OrganisationsService } from './lib/organisations.service';
/** The GraphQL enum of stakeholder categories, for other domains' types (a contribution's author). */
export { StakeholderCategoryEnum } from './lib/models/participants.enums';
