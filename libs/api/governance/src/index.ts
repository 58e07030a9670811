export { GovernanceModule } from './lib/governance.module';
export { GOVERNANCE_ENTITIES } from './lib/governance.entities';
/** For the domains whose records the bodies decide on (work plans). */
export { AgendaSubjects, type AfterCommit, type AgendaSubjectHandler } from './lib/agenda-subjects.service';
export { BodyRolesService } from './lib/body-roles.service';
export { CABINA_CODE, COMMITTEE_CODE, DecisionsService } from './lib/decisions.service';
export { DecisionEntity } from './lib/entities/decision.entity';
export { AgendaItemEntity } from './lib/entities/agenda-item.entity';
export { MeetingEntity } from './lib/entities/meeting.entity';
export { DecisionModel } from './lib/models/decision.model';
/** For start-up data (the demo) that goes through the same rules as users. */
export { BodiesService } from './lib/bodies.service';
export { ExpertsService } from './lib/experts.service';
export { MeetingsService } from './lib/meetings.service';
export { MembershipsService } from './lib/memberships.service';
export { VotesService } from './lib/votes.service';
