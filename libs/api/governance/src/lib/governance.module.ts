import { Module, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { IsNull, type DataSource } from 'typeorm';
import { LoaderRegistry, ScopedRooms, isUuid, localizedFieldsResolver } from '@piano2030/api-core';
import { AgendaSubjects } from './agenda-subjects.service';
import { AgendaItemResolver, AttendanceResolver, ExpertOpinionResolver } from './agenda-item.resolver';
import { BodiesService } from './bodies.service';
import { BodyRolesService } from './body-roles.service';
import { BodyResolver } from './body.resolver';
import { DecisionsResolver } from './decisions.resolver';
import { DecisionsService } from './decisions.service';
import { MembershipEntity } from './entities/membership.entity';
import { ExpertsResolver } from './experts.resolver';
import { ExpertsService } from './experts.service';
import { GovernanceEvents } from './governance-events';
import { GOVERNANCE_LOADERS, createGovernanceLoaders } from './governance.loaders';
import { GovernanceResolver } from './governance.resolver';
import { MeetingResolver } from './meeting.resolver';
import { MeetingsResolver } from './meetings.resolver';
import { MeetingsService } from './meetings.service';
import { MembershipResolver } from './membership.resolver';
import { MembershipsService } from './memberships.service';
import { BodyModel } from './models/body.model';
import { VoteDeadlines } from './vote-deadlines';
import { BallotResolver, VoteResolver } from './vote.resolver';
import { VotesResolver } from './votes.resolver';
import { VotesService } from './votes.service';

@Module({
  providers: [
    AgendaSubjects,
    BodiesService,
    BodyRolesService,
    DecisionsService,
    ExpertsService,
    GovernanceEvents,
    MeetingsService,
    MembershipsService,
    VotesService,
    VoteDeadlines,
    GovernanceResolver,
    BodyResolver,
    MembershipResolver,
    MeetingsResolver,
    MeetingResolver,
    AgendaItemResolver,
    AttendanceResolver,
    VotesResolver,
    VoteResolver,
    BallotResolver,
    DecisionsResolver,
    ExpertsResolver,
    ExpertOpinionResolver,
    localizedFieldsResolver(BodyModel, ['name', 'description']),
  ],
  exports: [
    AgendaSubjects,
    BodiesService,
    BodyRolesService,
    DecisionsService,
    ExpertsService,
    MeetingsService,
    MembershipsService,
    VotesService,
  ],
})
export class GovernanceModule implements OnModuleInit {
  constructor(
    private readonly loaders: LoaderRegistry,
    private readonly rooms: ScopedRooms,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  onModuleInit(): void {
    this.loaders.register(GOVERNANCE_LOADERS, () => createGovernanceLoaders(this.dataSource));
    // A body's room hears its meetings and votes live: its current members and their alternates.
    this.rooms.register(
      'body',
      async (actor, bodyId) =>
        isUuid(bodyId) &&
        this.dataSource.getRepository(MembershipEntity).exists({
          where: [
            { bodyId, userId: actor.userId, endedOn: IsNull() },
            { bodyId, alternateUserId: actor.userId, endedOn: IsNull() },
          ],
        }),
    );
  }
}
