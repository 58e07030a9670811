import { In, type EntityManager } from 'typeorm';
import { NotFoundError, isUuid } from '@piano2030/api-core';
import { WorkPlanActivityEntity } from './entities/work-plan-activity.entity';
import { WorkPlanVersionEntity } from './entities/work-plan-version.entity';
import { WorkPlanEntity } from './entities/work-plan.entity';

/** The plan row is the lock that serialises every change to the plan and its activities. */
export async function lockPlan(manager: EntityManager, workPlanId: string): Promise<WorkPlanEntity> {
  const plan = isUuid(workPlanId)
    ? await manager.findOne(WorkPlanEntity, {
        where: { id: workPlanId },
        lock: { mode: 'pessimistic_write' },
      })
    : null;
  if (!plan) throw new NotFoundError('Work plan', workPlanId);
  return plan;
}

/** The latest version: the one being drafted, proposed, or the last returned or adopted. */
export async function currentVersion(
  manager: EntityManager,
  workPlanId: string,
): Promise<WorkPlanVersionEntity> {
  return manager.findOneOrFail(WorkPlanVersionEntity, { where: { workPlanId }, order: { number: 'DESC' } });
}

export async function adoptedVersion(
  manager: EntityManager,
  workPlanId: string,
): Promise<WorkPlanVersionEntity | null> {
  return manager.findOneBy(WorkPlanVersionEntity, { workPlanId, status: 'ADOPTED' });
}

export function activitiesOf(manager: EntityManager, versionId: string): Promise<WorkPlanActivityEntity[]> {
  return manager.find(WorkPlanActivityEntity, { where: { versionId }, order: { position: 'ASC' } });
}

/** Of these activities, the ones a later quarter's plan has carried over. */
export async function carriedOverIds(
  manager: EntityManager,
  activityIds: readonly string[],
): Promise<Set<string>> {
  if (!activityIds.length) return new Set();
  const rows = await manager.find(WorkPlanActivityEntity, {
    where: { carriedFromId: In([...activityIds]) },
    select: { carriedFromId: true },
  });
  return new Set(rows.map((row) => row.carriedFromId as string));
}

/** What a stale writer is shown: the plan as it now stands. */
export function planState(plan: WorkPlanEntity): Record<string, unknown> {
  return {
    id: plan.id,
    status: plan.status,
    revision: plan.revision,
    reportStatus: plan.reportStatus,
    updatedAt: plan.updatedAt.toISOString(),
  };
}

export function activityState(activity: WorkPlanActivityEntity): Record<string, unknown> {
  const { id, revision, title, description, phaseCode, areaCode, ownerId, contributorIds } = activity;
  const { startOn, dueOn, deliverables, status, progress, progressNote } = activity;
  return {
    id,
    revision,
    title,
    description,
    phaseCode,
    areaCode,
    ownerId,
    contributorIds,
    startOn,
    dueOn,
    deliverables,
    status,
    progress,
    progressNote,
    updatedAt: activity.updatedAt.toISOString(),
  };
}

export const planLabel = (plan: Pick<WorkPlanEntity, 'year' | 'quarter'>) => `Q${plan.quarter} ${plan.year}`;
