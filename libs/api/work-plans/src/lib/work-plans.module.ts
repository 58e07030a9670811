import { Module, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { LoaderRegistry, ScopedRooms, isUuid } from '@piano2030/api-core';
import { AgendaSubjects, GovernanceModule } from '@piano2030/api-governance';
import { ReferenceModule } from '@piano2030/api-reference';
import { ActivitiesService } from './activities.service';
import { WorkPlanVersionEntity } from './entities/work-plan-version.entity';
import { ReportExportController } from './report-export.controller';
import { WorkPlanAccess } from './work-plan-access';
import { WorkPlanActivityResolver } from './work-plan-activity.resolver';
import { WorkPlanProposalsOnAgenda, WorkPlanReportsOnAgenda } from './work-plan-agenda';
import { WorkPlanEvents } from './work-plan-events';
import { WorkPlanQueries } from './work-plan-queries.service';
import { WorkPlanReportsService } from './work-plan-reports.service';
import { WorkPlanResolver } from './work-plan.resolver';
import { WorkPlanVersionResolver } from './work-plan-version.resolver';
import { WORK_PLAN_LOADERS, createWorkPlanLoaders } from './work-plans.loaders';
import { WorkPlansResolver } from './work-plans.resolver';
import { WorkPlansService } from './work-plans.service';

@Module({
  imports: [GovernanceModule, ReferenceModule],
  controllers: [ReportExportController],
  providers: [
    ActivitiesService,
    WorkPlanAccess,
    WorkPlanEvents,
    WorkPlanProposalsOnAgenda,
    WorkPlanQueries,
    WorkPlanReportsOnAgenda,
    WorkPlanReportsService,
    WorkPlansService,
    WorkPlansResolver,
    WorkPlanResolver,
    WorkPlanVersionResolver,
    WorkPlanActivityResolver,
  ],
})
export class WorkPlansModule implements OnModuleInit {
  constructor(
    private readonly loaders: LoaderRegistry,
    private readonly rooms: ScopedRooms,
    private readonly agenda: AgendaSubjects,
    private readonly access: WorkPlanAccess,
    private readonly proposals: WorkPlanProposalsOnAgenda,
    private readonly reports: WorkPlanReportsOnAgenda,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  onModuleInit(): void {
    this.loaders.register(WORK_PLAN_LOADERS, () => createWorkPlanLoaders(this.dataSource, this.access));
    this.agenda.register('WORK_PLAN', this.proposals);
    this.agenda.register('WORK_PLAN_REPORT', this.reports);
    // A plan's room: whoever may read it. Drafts only for the two bodies' members and administrators.
    this.rooms.register('work-plan', async (actor, workPlanId) => {
      if (!isUuid(workPlanId)) return false;
      const versions = await this.dataSource.getRepository(WorkPlanVersionEntity).findBy({ workPlanId });
      if (versions.some((v) => v.status !== 'DRAFT')) return true;
      if (!versions.length) return false;
      const standing = await this.access.standing(this.dataSource.manager, actor.userId);
      return actor.roles.includes('ADMIN') || standing.committee.length + standing.cabina.length > 0;
    });
  }
}
