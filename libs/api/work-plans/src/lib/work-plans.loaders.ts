import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { manyBy, oneBy, type RequestContext } from '@piano2030/api-core';
import { AgendaItemEntity, DecisionEntity } from '@piano2030/api-governance';
import type { WorkPlanStanding } from '@piano2030/shared-domain';
import { WorkPlanActivityEntity } from './entities/work-plan-activity.entity';
import { WorkPlanVersionEntity } from './entities/work-plan-version.entity';
import { WorkPlanEntity } from './entities/work-plan.entity';
import type { WorkPlanAccess } from './work-plan-access';

export function createWorkPlanLoaders(dataSource: DataSource, access: WorkPlanAccess) {
  const repo = dataSource.getRepository.bind(dataSource);
  return {
    planById: oneBy(repo(WorkPlanEntity), 'id'),
    versionById: oneBy(repo(WorkPlanVersionEntity), 'id'),
    versionsByPlan: manyBy(repo(WorkPlanVersionEntity), 'workPlanId', { number: 'ASC' }),
    activityById: oneBy(repo(WorkPlanActivityEntity), 'id'),
    activitiesByVersion: manyBy(repo(WorkPlanActivityEntity), 'versionId', { position: 'ASC' }),
    agendaItemById: oneBy(repo(AgendaItemEntity), 'id'),
    decisionById: oneBy(repo(DecisionEntity), 'id'),
    /** The caller's roles on the two bodies, read once per request. */
    standing: new DataLoader<string, WorkPlanStanding>(async (userIds) => {
      const standings: WorkPlanStanding[] = [];
      for (const userId of userIds) standings.push(await access.standing(dataSource.manager, userId));
      return standings;
    }),
  };
}

export const WORK_PLAN_LOADERS = 'work-plans';

export function workPlanLoaders(context: RequestContext): ReturnType<typeof createWorkPlanLoaders> {
  return context.loaders[WORK_PLAN_LOADERS] as ReturnType<typeof createWorkPlanLoaders>;
}

const NO_STANDING: WorkPlanStanding = { committee: [], cabina: [] };

export async function viewerStanding(ctx: RequestContext): Promise<WorkPlanStanding> {
  const actor = ctx.req.actor;
  return actor ? workPlanLoaders(ctx).standing.load(actor.userId) : NO_STANDING;
}

/**
 * Members of the two bodies and administrators read drafts; everyone reads what was proposed to
 * the Cabina (it was on a public agenda) and what it adopted.
 */
export async function viewerIsInsider(ctx: RequestContext): Promise<boolean> {
  if (ctx.req.actor?.roles.includes('ADMIN')) return true;
  const standing = await viewerStanding(ctx);
  return standing.committee.length + standing.cabina.length > 0;
}

export async function visibleVersions(
  ctx: RequestContext,
  workPlanId: string,
): Promise<WorkPlanVersionEntity[]> {
  const versions = await workPlanLoaders(ctx).versionsByPlan.load(workPlanId);
  return (await viewerIsInsider(ctx)) ? versions : versions.filter((v) => v.status !== 'DRAFT');
}
