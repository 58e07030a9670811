export { InterventionsModule } from './lib/interventions.module';
export { INTERVENTIONS_ENTITIES } from './lib/interventions.entities';
/** For start-up data (the demo) that goes through the same rules as users. */
export { InterventionsService } from './lib/interventions.service';
export { PrioritiesService } from './lib/priorities.service';
/** For the consultations: which interventions a consultation's scope may name. */
export { InterventionEntity } from './lib/entities/intervention.entity';
