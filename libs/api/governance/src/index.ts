export { GovernanceModule } from './lib/governance.module';
export { GOVERNANCE_ENTITIES } from './lib/governance.entities';
/** For start-up data (the demo) that goes through the same rules as users. */
export { BodiesService } from './lib/bodies.service';
export { ExpertsService } from './lib/experts.service';
export { MeetingsService } from './lib/meetings.service';
export { MembershipsService } from './lib/memberships.service';
export { VotesService } from './lib/votes.service';
