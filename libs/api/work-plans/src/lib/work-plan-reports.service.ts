import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { type Actor } from '@piano2030/api-core';
import { AuditService } from '@piano2030/api-audit';
import { AgendaSubjects, CABINA_CODE, DecisionsService } from '@piano2030/api-governance';
import { AccountsService } from '@piano2030/api-iam';
import { activityStatus, quarterBounds, todayInItaly } from '@piano2030/shared-domain';
import type { ReportSnapshot, WorkPlanEntity } from './entities/work-plan.entity';
import { WorkPlanAccess, requireRevision } from './work-plan-access';
import {
  activitiesOf,
  adoptedVersion,
  carriedOverIds,
  lockPlan,
  planLabel,
  planState,
} from './work-plan-rows';
import { WorkPlansService } from './work-plans.service';
import type { SubmitWorkPlanReportInput, UpdateWorkPlanReportInput } from './dto/work-plan.inputs';

/**
 * The quarterly report: the data part is assembled from the plan (done, late, carried over) and the
 * Cabina's decisions of the quarter; the committee writes the introduction and the next steps;
 * submitting freezes it onto a Cabina agenda, whose vote approves it.
 */
@Injectable()
export class WorkPlanReportsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: WorkPlanAccess,
    private readonly plans: WorkPlansService,
    private readonly agenda: AgendaSubjects,
    private readonly decisions: DecisionsService,
    private readonly accounts: AccountsService,
    private readonly audit: AuditService,
  ) {}

  /** The frozen report once submitted; until then, assembled afresh from the data. */
  async content(plan: WorkPlanEntity): Promise<ReportSnapshot> {
    return plan.reportSnapshot ?? this.assemble(this.dataSource.manager, plan, todayInItaly());
  }

  async assemble(manager: EntityManager, plan: WorkPlanEntity, today: string): Promise<ReportSnapshot> {
    const version = await adoptedVersion(manager, plan.id);
    const activities = version ? await activitiesOf(manager, version.id) : [];
    const names = await this.accounts.displayNames(manager, [...new Set(activities.map((a) => a.ownerId))]);
    const carried = await carriedOverIds(
      manager,
      activities.map((a) => a.id),
    );
    const { startsOn, endsOn } = quarterBounds(plan);
    const decisions = await this.decisions.decidedBetween(manager, CABINA_CODE, startsOn, endsOn);
    return {
      assembledOn: today,
      activities: activities.map((a) => ({
        title: a.title,
        phaseCode: a.phaseCode,
        areaCode: a.areaCode,
        owner: names.get(a.ownerId) ?? '',
        startOn: a.startOn,
        dueOn: a.dueOn,
        status: activityStatus(a.status, a.dueOn, today),
        progress: a.status === 'DONE' ? 100 : a.progress,
        carriedOver: carried.has(a.id),
      })),
      decisions: decisions.map((d) => ({
        reference: `n. ${d.number}/${d.year}`,
        title: d.title,
        result: d.result,
        decidedAt: d.decidedAt.toISOString(),
      })),
    };
  }

  async update(actor: Actor, input: UpdateWorkPlanReportInput): Promise<WorkPlanEntity> {
    const plan = await this.dataSource.transaction(async (manager) => {
      const plan = await lockPlan(manager, input.workPlanId);
      await this.access.require(manager, actor.userId, 'EDIT_REPORT', {
        plan: plan.status,
        report: plan.reportStatus,
      });
      requireRevision('work plan', plan, input.expectedRevision, planState(plan));
      const before = {
        introduction: plan.reportIntroduction?.length ?? 0,
        nextSteps: plan.reportNextSteps?.length ?? 0,
      };
      Object.assign(plan, {
        reportIntroduction: input.introduction,
        reportNextSteps: input.nextSteps,
        revision: plan.revision + 1,
      });
      await manager.save(plan);
      await this.audit.record(manager, {
        actorId: actor.userId,
        action: 'work-plan.report-edited',
        subjectType: 'work-plan',
        subjectId: plan.id,
        data: {
          before,
          after: { introduction: input.introduction.length, nextSteps: input.nextSteps.length },
        },
      });
      return plan;
    });
    this.plans.announce(plan, 'report-edited');
    return plan;
  }

  async submit(actor: Actor, input: SubmitWorkPlanReportInput): Promise<WorkPlanEntity> {
    const { plan, item } = await this.dataSource.transaction(async (manager) => {
      const plan = await lockPlan(manager, input.workPlanId);
      await this.access.require(manager, actor.userId, 'SUBMIT_REPORT', {
        plan: plan.status,
        report: plan.reportStatus,
      });
      requireRevision('work plan', plan, input.expectedRevision, planState(plan));
      const snapshot = await this.assemble(manager, plan, todayInItaly());
      const item = await this.agenda.placeBeforeCabina(manager, {
        meetingId: input.meetingId,
        title: `Rapporto trimestrale sul piano di lavoro ${planLabel(plan)}`,
        description: plan.reportIntroduction,
        subjectKind: 'WORK_PLAN_REPORT',
        subjectReference: plan.id,
      });
      Object.assign(plan, {
        reportStatus: 'SUBMITTED',
        reportSnapshot: snapshot,
        reportAgendaItemId: item.id,
        revision: plan.revision + 1,
      });
      await manager.save(plan);
      await this.audit.record(manager, {
        actorId: actor.userId,
        action: 'work-plan.report-submitted',
        subjectType: 'work-plan',
        subjectId: plan.id,
        data: {
          before: { reportStatus: 'DRAFT' },
          after: {
            reportStatus: 'SUBMITTED',
            meetingId: item.meetingId,
            activities: snapshot.activities.length,
          },
        },
      });
      return { plan, item };
    });
    await this.agenda.announce(item);
    this.plans.announce(plan, 'report-submitted');
    return plan;
  }
}
