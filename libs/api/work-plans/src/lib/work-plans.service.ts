import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { ConflictError, InvalidInputError, NotFoundError, isUuid, type Actor } from '@piano2030/api-core';
import { AuditService } from '@piano2030/api-audit';
import {
  AgendaItemEntity,
  AgendaSubjects,
  BodyRolesService,
  COMMITTEE_CODE,
  MeetingEntity,
} from '@piano2030/api-governance';
import {
  isUnfinished,
  previousQuarter,
  quarterBounds,
  quarterLabel,
  todayInItaly,
  type Quarter,
} from '@piano2030/shared-domain';
import { WorkPlanActivityEntity } from './entities/work-plan-activity.entity';
import { WorkPlanVersionEntity } from './entities/work-plan-version.entity';
import { WorkPlanEntity } from './entities/work-plan.entity';
import { WorkPlanAccess, requireRevision } from './work-plan-access';
import { WorkPlanEvents } from './work-plan-events';
import {
  activitiesOf,
  adoptedVersion,
  carriedOverIds,
  currentVersion,
  lockPlan,
  planLabel,
  planState,
} from './work-plan-rows';
import type {
  CloseWorkPlanInput,
  CreateWorkPlanDraftInput,
  ProposeWorkPlanInput,
  ReturnWorkPlanInput,
  ReviseWorkPlanInput,
} from './dto/work-plan.inputs';

/** The plan's cycle: drafted, proposed to the Cabina, returned and revised, then closed. All audited. */
@Injectable()
export class WorkPlansService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: WorkPlanAccess,
    private readonly agenda: AgendaSubjects,
    private readonly bodyRoles: BodyRolesService,
    private readonly audit: AuditService,
    private readonly events: WorkPlanEvents,
  ) {}

  async createDraft(actor: Actor, input: CreateWorkPlanDraftInput): Promise<WorkPlanEntity> {
    const quarter: Quarter = { year: input.year, quarter: input.quarter };
    const plan = await this.dataSource.transaction(async (manager) => {
      await this.access.require(manager, actor.userId, 'CREATE_DRAFT', {});
      if (quarterBounds(quarter).endsOn < todayInItaly()) {
        throw InvalidInputError.field(
          'quarter',
          `${quarterLabel(quarter)} has ended: plan this quarter or a later one`,
        );
      }
      // Serialises drafting, so two people starting the same quarter get a clear conflict, not a key error.
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext('work_plans.quarter'))`);
      const existing = await manager.findOneBy(WorkPlanEntity, quarter);
      if (existing) {
        const adopted = ['ADOPTED', 'IN_EXECUTION', 'CLOSED'].includes(existing.status);
        throw new ConflictError(
          adopted
            ? `${quarterLabel(quarter)} already has an adopted work plan: a quarter has one plan.`
            : `${quarterLabel(quarter)} already has a work plan (${existing.status}): work on that one.`,
          { current: planState(existing) },
        );
      }
      const plan = await manager.save(
        manager.create(WorkPlanEntity, {
          ...quarter,
          status: 'DRAFT',
          revision: 1,
          reportStatus: 'NONE',
          createdBy: actor.userId,
        }),
      );
      const version = await manager.save(
        manager.create(WorkPlanVersionEntity, {
          workPlanId: plan.id,
          number: 1,
          status: 'DRAFT',
          summary: input.summary,
        }),
      );
      const carried = await this.carryOver(manager, quarter, version, input.carryOverActivityIds);
      await this.audit.record(manager, {
        actorId: actor.userId,
        action: 'work-plan.drafted',
        subjectType: 'work-plan',
        subjectId: plan.id,
        data: { after: { quarter: quarterLabel(quarter), version: 1, carriedOver: carried } },
      });
      return plan;
    });
    this.announce(plan, 'drafted');
    return plan;
  }

  async propose(actor: Actor, input: ProposeWorkPlanInput): Promise<WorkPlanEntity> {
    const { plan, item } = await this.dataSource.transaction(async (manager) => {
      const plan = await lockPlan(manager, input.workPlanId);
      await this.access.require(manager, actor.userId, 'PROPOSE', { plan: plan.status });
      requireRevision('work plan', plan, input.expectedRevision, planState(plan));
      const version = await currentVersion(manager, plan.id);
      const activities = await activitiesOf(manager, version.id);
      if (!activities.length) {
        throw new ConflictError('An empty work plan cannot be proposed: add at least one activity first.');
      }
      await this.requireOwnersOnCommittee(manager, activities);
      const item = await this.agenda.placeBeforeCabina(manager, {
        meetingId: input.meetingId,
        title: `Piano di lavoro ${planLabel(plan)}, versione ${version.number}`,
        description: version.summary,
        subjectKind: 'WORK_PLAN',
        subjectReference: plan.id,
      });
      Object.assign(version, {
        status: 'PROPOSED',
        proposedBy: actor.userId,
        proposedAt: new Date(),
        agendaItemId: item.id,
      });
      await manager.save(version);
      Object.assign(plan, { status: 'PROPOSED', revision: plan.revision + 1 });
      await manager.save(plan);
      await this.audit.record(manager, {
        actorId: actor.userId,
        action: 'work-plan.proposed',
        subjectType: 'work-plan',
        subjectId: plan.id,
        data: {
          before: { status: 'DRAFT' },
          after: {
            status: 'PROPOSED',
            version: version.number,
            activities: activities.length,
            meetingId: item.meetingId,
            agendaItemId: item.id,
          },
        },
      });
      return { plan, item };
    });
    await this.agenda.announce(item);
    this.announce(plan, 'proposed');
    return plan;
  }

  /** The Cabina's chair returns a proposal with the board's remarks, at or after its meeting. */
  async returnToCommittee(actor: Actor, input: ReturnWorkPlanInput): Promise<WorkPlanEntity> {
    const plan = await this.dataSource.transaction(async (manager) => {
      const plan = await lockPlan(manager, input.workPlanId);
      await this.access.require(manager, actor.userId, 'RETURN', { plan: plan.status });
      requireRevision('work plan', plan, input.expectedRevision, planState(plan));
      const version = await currentVersion(manager, plan.id);
      const itemId = version.agendaItemId as string;
      if (await this.agenda.hasOpenVote(manager, itemId)) {
        throw new ConflictError('A vote on this proposal is open: close it before returning the plan.');
      }
      const item = await manager.findOneByOrFail(AgendaItemEntity, { id: itemId });
      const meeting = await manager.findOneByOrFail(MeetingEntity, { id: item.meetingId });
      if (meeting.status === 'SCHEDULED') {
        throw new ConflictError(
          'The Cabina returns a proposal at its meeting: the meeting with this proposal has not started.',
        );
      }
      Object.assign(version, { status: 'RETURNED', remarks: input.remarks, returnedAt: new Date() });
      await manager.save(version);
      Object.assign(plan, { status: 'RETURNED', revision: plan.revision + 1 });
      await manager.save(plan);
      await this.audit.record(manager, {
        actorId: actor.userId,
        action: 'work-plan.returned',
        subjectType: 'work-plan',
        subjectId: plan.id,
        data: {
          before: { status: 'PROPOSED' },
          after: { status: 'RETURNED', version: version.number, remarks: input.remarks },
        },
      });
      return plan;
    });
    this.announce(plan, 'returned');
    return plan;
  }

  /** A returned version is revised into the next one: its activities copied, their lineage kept. */
  async revise(actor: Actor, input: ReviseWorkPlanInput): Promise<WorkPlanEntity> {
    const plan = await this.dataSource.transaction(async (manager) => {
      const plan = await lockPlan(manager, input.workPlanId);
      await this.access.require(manager, actor.userId, 'REVISE', { plan: plan.status });
      requireRevision('work plan', plan, input.expectedRevision, planState(plan));
      const returned = await currentVersion(manager, plan.id);
      const next = await manager.save(
        manager.create(WorkPlanVersionEntity, {
          workPlanId: plan.id,
          number: returned.number + 1,
          status: 'DRAFT',
          summary: input.summary,
        }),
      );
      const activities = await activitiesOf(manager, returned.id);
      await manager.save(
        activities.map(({ id: _id, createdAt: _c, updatedAt: _u, versionId: _v, ...copy }) =>
          manager.create(WorkPlanActivityEntity, { ...copy, versionId: next.id, revision: 1 }),
        ),
      );
      Object.assign(plan, { status: 'DRAFT', revision: plan.revision + 1 });
      await manager.save(plan);
      await this.audit.record(manager, {
        actorId: actor.userId,
        action: 'work-plan.revised',
        subjectType: 'work-plan',
        subjectId: plan.id,
        data: {
          before: { status: 'RETURNED', version: returned.number },
          after: { status: 'DRAFT', version: next.number, activities: activities.length },
        },
      });
      return plan;
    });
    this.announce(plan, 'revised');
    return plan;
  }

  /** Execution ends: the report is assembled from the data as a draft the committee then edits. */
  async close(actor: Actor, input: CloseWorkPlanInput): Promise<WorkPlanEntity> {
    const plan = await this.dataSource.transaction(async (manager) => {
      const plan = await lockPlan(manager, input.workPlanId);
      await this.access.require(manager, actor.userId, 'CLOSE', { plan: plan.status });
      requireRevision('work plan', plan, input.expectedRevision, planState(plan));
      const before = plan.status;
      Object.assign(plan, {
        status: 'CLOSED',
        closedAt: new Date(),
        reportStatus: 'DRAFT',
        revision: plan.revision + 1,
      });
      await manager.save(plan);
      const version = await adoptedVersion(manager, plan.id);
      const activities = version ? await activitiesOf(manager, version.id) : [];
      await this.audit.record(manager, {
        actorId: actor.userId,
        action: 'work-plan.closed',
        subjectType: 'work-plan',
        subjectId: plan.id,
        data: {
          before: { status: before },
          after: {
            status: 'CLOSED',
            done: activities.filter((a) => a.status === 'DONE').length,
            unfinished: activities.filter((a) => isUnfinished(a.status)).length,
          },
        },
      });
      return plan;
    });
    this.announce(plan, 'closed');
    return plan;
  }

  async get(id: string): Promise<WorkPlanEntity> {
    const plan = isUuid(id) ? await this.dataSource.getRepository(WorkPlanEntity).findOneBy({ id }) : null;
    if (!plan) throw new NotFoundError('Work plan', id);
    return plan;
  }

  count(): Promise<number> {
    return this.dataSource.getRepository(WorkPlanEntity).count();
  }

  /** Unfinished activities of the quarter before, which a draft for `quarter` may carry over. */
  async carryOverCandidates(manager: EntityManager, quarter: Quarter): Promise<WorkPlanActivityEntity[]> {
    const previous = await manager.findOneBy(WorkPlanEntity, previousQuarter(quarter));
    const adopted = previous ? await adoptedVersion(manager, previous.id) : null;
    if (!adopted) return [];
    const unfinished = (await activitiesOf(manager, adopted.id)).filter((a) => isUnfinished(a.status));
    const carried = await carriedOverIds(
      manager,
      unfinished.map((a) => a.id),
    );
    return unfinished.filter((a) => !carried.has(a.id));
  }

  announce(plan: WorkPlanEntity, change: string, activityId?: string): void {
    this.events.changed({
      workPlanId: plan.id,
      change,
      activityId,
      status: plan.status,
      revision: plan.revision,
    });
  }

  private async carryOver(
    manager: EntityManager,
    quarter: Quarter,
    version: WorkPlanVersionEntity,
    ids: readonly string[],
  ): Promise<number> {
    if (!ids.length) return 0;
    const candidates = await this.carryOverCandidates(manager, quarter);
    const errors: Record<string, string[]> = {};
    ids.forEach((id, index) => {
      if (!candidates.some((c) => c.id === id)) {
        errors[`carryOverActivityIds.${index}`] = [
          `must be an unfinished activity of the ${quarterLabel(previousQuarter(quarter))} plan not yet carried over`,
        ];
      }
    });
    if (Object.keys(errors).length) throw new InvalidInputError(errors);
    const { startsOn, endsOn } = quarterBounds(quarter);
    const chosen = candidates.filter((c) => ids.includes(c.id));
    await manager.save(
      chosen.map((source, index) =>
        manager.create(WorkPlanActivityEntity, {
          versionId: version.id,
          lineageId: source.lineageId,
          carriedFromId: source.id,
          position: index + 1,
          phaseCode: source.phaseCode,
          areaCode: source.areaCode,
          title: source.title,
          description: source.description,
          ownerId: source.ownerId,
          contributorIds: source.contributorIds,
          startOn: source.startOn > startsOn ? source.startOn : startsOn,
          dueOn: source.dueOn > startsOn ? source.dueOn : endsOn,
          deliverables: source.deliverables,
          status: source.progress > 0 ? 'IN_PROGRESS' : 'PLANNED',
          progress: source.progress,
          progressNote: source.progressNote,
          revision: 1,
        }),
      ),
    );
    return chosen.length;
  }

  /** Owners may have left the committee since the activity was written; a proposal needs current ones. */
  private async requireOwnersOnCommittee(manager: EntityManager, activities: WorkPlanActivityEntity[]) {
    const owners = [...new Set(activities.map((a) => a.ownerId))];
    const errors: Record<string, string[]> = {};
    for (const owner of owners) {
      if ((await this.bodyRoles.rolesOn(manager, owner, COMMITTEE_CODE)).length) continue;
      activities.forEach((a, index) => {
        if (a.ownerId === owner)
          errors[`activities.${index}.ownerId`] = [
            `"${a.title}": its owner is no longer on the Comitato operativo`,
          ];
      });
    }
    if (Object.keys(errors).length) throw new InvalidInputError(errors);
  }
}
