import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { NotFoundError, isUuid, type Actor, type RequestContext } from '@piano2030/api-core';
import {
  summariseProgress,
  todayInItaly,
  type Quarter,
  type WorkPlanProgressSummary,
} from '@piano2030/shared-domain';
import type { WorkPlanActivityEntity } from './entities/work-plan-activity.entity';
import { WorkPlanEntity } from './entities/work-plan.entity';
import { WorkPlanAccess } from './work-plan-access';
import { visibleVersions, workPlanLoaders } from './work-plans.loaders';
import { WorkPlansService } from './work-plans.service';

/** Reads, shaped by who asks: drafts only for the bodies' members. */
@Injectable()
export class WorkPlanQueries {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly plans: WorkPlansService,
    private readonly access: WorkPlanAccess,
  ) {}

  async list(ctx: RequestContext): Promise<WorkPlanEntity[]> {
    const plans = await this.dataSource
      .getRepository(WorkPlanEntity)
      .find({ order: { year: 'ASC', quarter: 'ASC' } });
    const visible: WorkPlanEntity[] = [];
    for (const plan of plans) if ((await visibleVersions(ctx, plan.id)).length) visible.push(plan);
    return visible;
  }

  async get(ctx: RequestContext, id: string): Promise<WorkPlanEntity> {
    const plan = isUuid(id) ? await workPlanLoaders(ctx).planById.load(id) : null;
    if (!plan || !(await visibleVersions(ctx, plan.id)).length) throw new NotFoundError('Work plan', id);
    return plan;
  }

  /** The activities progress is judged on: the adopted version's, else the latest one the caller sees. */
  async trackedActivities(ctx: RequestContext, plan: WorkPlanEntity): Promise<WorkPlanActivityEntity[]> {
    const versions = await visibleVersions(ctx, plan.id);
    const tracked = versions.find((v) => v.status === 'ADOPTED') ?? versions.at(-1);
    return tracked ? workPlanLoaders(ctx).activitiesByVersion.load(tracked.id) : [];
  }

  async progress(
    ctx: RequestContext,
    plan: WorkPlanEntity,
  ): Promise<WorkPlanProgressSummary & { asOf: string }> {
    const asOf = todayInItaly();
    return { asOf, ...summariseProgress(await this.trackedActivities(ctx, plan), asOf) };
  }

  /** For committee members starting a draft. */
  async carryOverCandidates(actor: Actor, quarter: Quarter): Promise<WorkPlanActivityEntity[]> {
    await this.access.require(this.dataSource.manager, actor.userId, 'CREATE_DRAFT', {});
    return this.plans.carryOverCandidates(this.dataSource.manager, quarter);
  }
}
