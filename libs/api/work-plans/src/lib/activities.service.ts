import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { ConflictError, InvalidInputError, NotFoundError, isUuid, type Actor } from '@piano2030/api-core';
import { AuditService } from '@piano2030/api-audit';
import { BodyRolesService, COMMITTEE_CODE, ExpertsService } from '@piano2030/api-governance';
import { requireReferenceCodes } from '@piano2030/api-reference';
import {
  PLANNED_FIELDS,
  WORK_PLAN_LIMITS,
  quarterBounds,
  quarterLabel,
  todayInItaly,
  type JsonObject,
} from '@piano2030/shared-domain';
import { WorkPlanActivityEntity } from './entities/work-plan-activity.entity';
import type { WorkPlanEntity } from './entities/work-plan.entity';
import { WorkPlanAccess, requireRevision } from './work-plan-access';
import { activityState, activitiesOf, adoptedVersion, currentVersion, lockPlan } from './work-plan-rows';
import { WorkPlansService } from './work-plans.service';
import type { AddActivityInput, RemoveActivityInput, UpdateActivityInput } from './dto/activity.inputs';

type Planned = Pick<WorkPlanActivityEntity, (typeof PLANNED_FIELDS)[number]>;

const REQUIRED_ON_ADD = ['title', 'phaseCode', 'areaCode', 'ownerId', 'startOn', 'dueOn'] as const;
const EXECUTION_FIELDS = ['status', 'progress', 'progressNote'] as const;

/** Activities: planned while the plan is a draft, then reported on by their owners once adopted. */
@Injectable()
export class ActivitiesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: WorkPlanAccess,
    private readonly plans: WorkPlansService,
    private readonly bodyRoles: BodyRolesService,
    private readonly experts: ExpertsService,
    private readonly audit: AuditService,
  ) {}

  async add(actor: Actor, input: AddActivityInput): Promise<WorkPlanActivityEntity> {
    const missing = REQUIRED_ON_ADD.filter((field) => input[field] === undefined || input[field] === null);
    if (missing.length) {
      throw new InvalidInputError(Object.fromEntries(missing.map((f) => [f, [`${f} is required`]])));
    }
    const { plan, activity } = await this.dataSource.transaction(async (manager) => {
      const plan = await lockPlan(manager, input.workPlanId);
      await this.access.require(manager, actor.userId, 'EDIT_DRAFT', { plan: plan.status });
      const version = await currentVersion(manager, plan.id);
      const existing = await activitiesOf(manager, version.id);
      if (existing.length >= WORK_PLAN_LIMITS.activitiesMax) {
        throw new ConflictError(`A work plan holds at most ${WORK_PLAN_LIMITS.activitiesMax} activities.`);
      }
      const planned: Planned = {
        title: input.title as string,
        description: input.description ?? '',
        phaseCode: input.phaseCode as string,
        areaCode: input.areaCode as string,
        ownerId: input.ownerId as string,
        contributorIds: [...new Set(input.contributorIds ?? [])],
        startOn: input.startOn as string,
        dueOn: input.dueOn as string,
        deliverables: input.deliverables ?? [],
      };
      await this.validate(manager, plan, planned);
      const activity = await manager.save(
        manager.create(WorkPlanActivityEntity, {
          ...planned,
          versionId: version.id,
          lineageId: randomUUID(),
          carriedFromId: null,
          position: Math.max(0, ...existing.map((a) => a.position)) + 1,
          status: 'PLANNED',
          progress: 0,
          progressNote: null,
          revision: 1,
        }),
      );
      await this.bumpPlan(manager, plan);
      await this.audit.record(manager, {
        actorId: actor.userId,
        action: 'work-plan.activity-added',
        subjectType: 'work-plan',
        subjectId: plan.id,
        data: { activityId: activity.id, after: auditable(planned) },
      });
      return { plan, activity };
    });
    this.plans.announce(plan, 'activity-added', activity.id);
    return activity;
  }

  /**
   * Planned fields change only in a draft, by committee members; status and progress only once the
   * plan is adopted, by the owner or the committee's chair. A stale revision changes nothing.
   */
  async update(actor: Actor, input: UpdateActivityInput): Promise<WorkPlanActivityEntity> {
    const plannedChanges = PLANNED_FIELDS.filter((f) => input[f] !== undefined && input[f] !== null);
    const executionChanges = EXECUTION_FIELDS.filter((f) => input[f] !== undefined && input[f] !== null);
    if (!plannedChanges.length && !executionChanges.length) {
      throw InvalidInputError.field('activityId', 'the update changes nothing: give at least one field');
    }
    const { plan, activity, started } = await this.dataSource.transaction(async (manager) => {
      const { plan, activity } = await this.lockActivity(manager, input.activityId);
      const standing = await this.access.standing(manager, actor.userId);
      if (plannedChanges.length) {
        this.access.authorize(standing, 'EDIT_DRAFT', { plan: plan.status });
        this.requireVersion(activity, (await currentVersion(manager, plan.id)).id);
      }
      if (executionChanges.length) {
        const owner = activity.ownerId === actor.userId;
        this.access.authorize({ ...standing, owner }, 'REPORT_PROGRESS', { plan: plan.status });
        this.requireVersion(activity, (await adoptedVersion(manager, plan.id))?.id);
      }
      requireRevision('activity', activity, input.expectedRevision, activityState(activity));
      const before = activityState(activity);
      const planned: Planned = { ...activity, ...pick(input, plannedChanges) };
      if (planned.contributorIds) planned.contributorIds = [...new Set(planned.contributorIds)];
      if (plannedChanges.length) await this.validate(manager, plan, planned);
      Object.assign(activity, planned, this.execution(activity, input));
      activity.revision += 1;
      await manager.save(activity);
      const started = plan.status === 'ADOPTED' && executionChanges.length > 0;
      if (started) plan.status = 'IN_EXECUTION';
      await this.bumpPlan(manager, plan);
      const after = activityState(activity);
      const changed = Object.keys(after).filter(
        (k) =>
          k !== 'revision' && k !== 'updatedAt' && JSON.stringify(after[k]) !== JSON.stringify(before[k]),
      );
      await this.audit.record(manager, {
        actorId: actor.userId,
        action: plannedChanges.length ? 'work-plan.activity-updated' : 'work-plan.progress-reported',
        subjectType: 'work-plan',
        subjectId: plan.id,
        data: {
          activityId: activity.id,
          before: Object.fromEntries(changed.map((k) => [k, before[k]])) as JsonObject,
          after: Object.fromEntries(changed.map((k) => [k, after[k]])) as JsonObject,
        },
      });
      if (started) {
        await this.audit.record(manager, {
          actorId: actor.userId,
          action: 'work-plan.execution-started',
          subjectType: 'work-plan',
          subjectId: plan.id,
          data: { before: { status: 'ADOPTED' }, after: { status: 'IN_EXECUTION' } },
        });
      }
      return { plan, activity, started };
    });
    this.plans.announce(plan, started ? 'execution-started' : 'activity-updated', activity.id);
    return activity;
  }

  async remove(actor: Actor, input: RemoveActivityInput): Promise<WorkPlanEntity> {
    const plan = await this.dataSource.transaction(async (manager) => {
      const { plan, activity } = await this.lockActivity(manager, input.activityId);
      await this.access.require(manager, actor.userId, 'EDIT_DRAFT', { plan: plan.status });
      this.requireVersion(activity, (await currentVersion(manager, plan.id)).id);
      requireRevision('activity', activity, input.expectedRevision, activityState(activity));
      await manager.remove(activity);
      await this.bumpPlan(manager, plan);
      await this.audit.record(manager, {
        actorId: actor.userId,
        action: 'work-plan.activity-removed',
        subjectType: 'work-plan',
        subjectId: plan.id,
        data: { activityId: input.activityId, before: auditable(activity) },
      });
      return plan;
    });
    this.plans.announce(plan, 'activity-removed', input.activityId);
    return plan;
  }

  /** Done means complete; a reported percentage otherwise stands as given. */
  private execution(activity: WorkPlanActivityEntity, input: UpdateActivityInput) {
    const status = input.status ?? activity.status;
    const progress = status === 'DONE' ? 100 : (input.progress ?? activity.progress);
    return { status, progress, progressNote: input.progressNote ?? activity.progressNote };
  }

  /** Locks the plan first, then the activity: the one order every writer takes. */
  private async lockActivity(manager: EntityManager, activityId: string) {
    const found = isUuid(activityId)
      ? await manager.findOne(WorkPlanActivityEntity, {
          where: { id: activityId },
          relations: { version: true },
        })
      : null;
    if (!found?.version) throw new NotFoundError('Activity', activityId);
    const plan = await lockPlan(manager, found.version.workPlanId);
    const activity = await manager.findOne(WorkPlanActivityEntity, {
      where: { id: activityId },
      lock: { mode: 'pessimistic_write' },
    });
    if (!activity) throw new NotFoundError('Activity', activityId);
    return { plan, activity };
  }

  private requireVersion(activity: WorkPlanActivityEntity, versionId?: string): void {
    if (activity.versionId === versionId) return;
    throw new ConflictError(
      'This activity belongs to an earlier version of the plan, which is frozen: work on the current version.',
    );
  }

  private async bumpPlan(manager: EntityManager, plan: WorkPlanEntity): Promise<void> {
    plan.revision += 1;
    await manager.save(plan);
  }

  /** Dates within the quarter, known codes, an owner on the committee, contributors within scope. */
  private async validate(manager: EntityManager, plan: WorkPlanEntity, planned: Planned): Promise<void> {
    const errors: Record<string, string[]> = {};
    if (planned.dueOn < planned.startOn) errors.dueOn = ['dueOn must be on or after startOn'];
    const { startsOn, endsOn } = quarterBounds(plan);
    if (planned.dueOn < startsOn || planned.startOn > endsOn) {
      errors.startOn = [
        `the activity must fall at least partly within ${quarterLabel(plan)} (${startsOn} to ${endsOn})`,
      ];
    }
    if (Object.keys(errors).length) throw new InvalidInputError(errors);
    await requireReferenceCodes(manager, 'phase', [{ field: 'phaseCode', code: planned.phaseCode }]);
    await requireReferenceCodes(manager, 'area', [{ field: 'areaCode', code: planned.areaCode }]);
    if (!(await this.bodyRoles.rolesOn(manager, planned.ownerId, COMMITTEE_CODE)).length) {
      throw InvalidInputError.field('ownerId', 'ownerId must be a member of the Comitato operativo');
    }
    const outside = await this.experts.outsideScope(manager, planned.contributorIds, planned, todayInItaly());
    if (outside.size) {
      throw new InvalidInputError(
        Object.fromEntries(
          planned.contributorIds.flatMap((id, index) =>
            outside.has(id) ? [[`contributorIds.${index}`, [outside.get(id) as string]]] : [],
          ),
        ),
      );
    }
  }
}

function pick(
  input: UpdateActivityInput,
  fields: readonly (typeof PLANNED_FIELDS)[number][],
): Partial<Planned> {
  return Object.fromEntries(fields.map((f) => [f, input[f]]));
}

function auditable(planned: Planned): JsonObject {
  return { ...planned, contributorIds: [...planned.contributorIds], deliverables: [...planned.deliverables] };
}
