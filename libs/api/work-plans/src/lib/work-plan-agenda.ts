import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ConflictError, isUuid } from '@piano2030/api-core';
import { AuditService } from '@piano2030/api-audit';
import type {
  AfterCommit,
  AgendaItemEntity,
  AgendaSubjectHandler,
  DecisionEntity,
} from '@piano2030/api-governance';
import { WorkPlanVersionEntity } from './entities/work-plan-version.entity';
import { WorkPlanEntity } from './entities/work-plan.entity';
import { lockPlan } from './work-plan-rows';
import { WorkPlansService } from './work-plans.service';

const reference = (d: DecisionEntity) => `n. ${d.number}/${d.year}`;

/**
 * The Cabina's votes on work plans: an approving vote adopts the proposed version and records its
 * decision; another result leaves it proposed, for the chair to return with the board's remarks.
 */
@Injectable()
export class WorkPlanProposalsOnAgenda implements AgendaSubjectHandler {
  constructor(
    private readonly plans: WorkPlansService,
    private readonly audit: AuditService,
  ) {}

  async beforeVote(manager: EntityManager, item: AgendaItemEntity): Promise<void> {
    const version = await manager.findOneBy(WorkPlanVersionEntity, { agendaItemId: item.id });
    if (version && version.status !== 'PROPOSED') {
      throw new ConflictError(
        `Version ${version.number} of this work plan is ${version.status}: there is nothing to vote on.`,
      );
    }
  }

  async settle(
    manager: EntityManager,
    item: AgendaItemEntity,
    decision: DecisionEntity,
    actorId: string | null,
  ): Promise<AfterCommit> {
    const found = await manager.findOneBy(WorkPlanVersionEntity, { agendaItemId: item.id });
    if (!found) return () => undefined;
    const plan = await lockPlan(manager, found.workPlanId);
    const version = await manager.findOneByOrFail(WorkPlanVersionEntity, { id: found.id });
    const adopted = decision.result === 'APPROVED';
    version.decisionId = decision.id;
    if (adopted) {
      version.status = 'ADOPTED';
      Object.assign(plan, { status: 'ADOPTED', adoptedDecisionId: decision.id });
    }
    plan.revision += 1;
    await manager.save(version);
    await manager.save(plan);
    await this.audit.record(manager, {
      actorId,
      action: adopted ? 'work-plan.adopted' : 'work-plan.not-adopted',
      subjectType: 'work-plan',
      subjectId: plan.id,
      data: {
        decision: reference(decision),
        before: { status: 'PROPOSED' },
        after: { status: plan.status, version: version.number, result: decision.result },
      },
    });
    return () => this.plans.announce(plan, adopted ? 'adopted' : 'not-adopted');
  }
}

/** The Cabina's vote on a quarterly report: approval closes the cycle; otherwise it goes back to draft. */
@Injectable()
export class WorkPlanReportsOnAgenda implements AgendaSubjectHandler {
  constructor(
    private readonly plans: WorkPlansService,
    private readonly audit: AuditService,
  ) {}

  async beforeVote(manager: EntityManager, item: AgendaItemEntity): Promise<void> {
    const plan = await this.planOf(manager, item);
    if (plan && (plan.reportAgendaItemId !== item.id || plan.reportStatus !== 'SUBMITTED')) {
      throw new ConflictError('This report is no longer before the Cabina: there is nothing to vote on.');
    }
  }

  async settle(
    manager: EntityManager,
    item: AgendaItemEntity,
    decision: DecisionEntity,
    actorId: string | null,
  ): Promise<AfterCommit> {
    const found = await this.planOf(manager, item);
    if (!found || found.reportAgendaItemId !== item.id) return () => undefined;
    const plan = await lockPlan(manager, found.id);
    const approved = decision.result === 'APPROVED';
    Object.assign(plan, {
      reportStatus: approved ? 'APPROVED' : 'DRAFT',
      reportDecisionId: decision.id,
      // A report sent back is assembled afresh when it is submitted again.
      reportSnapshot: approved ? plan.reportSnapshot : null,
      revision: plan.revision + 1,
    });
    await manager.save(plan);
    await this.audit.record(manager, {
      actorId,
      action: approved ? 'work-plan.report-approved' : 'work-plan.report-returned',
      subjectType: 'work-plan',
      subjectId: plan.id,
      data: {
        decision: reference(decision),
        before: { reportStatus: 'SUBMITTED' },
        after: { reportStatus: plan.reportStatus },
      },
    });
    return () => this.plans.announce(plan, approved ? 'report-approved' : 'report-returned');
  }

  /** A chair may list a report by hand, with any reference: only a plan's id links it to the plan. */
  private planOf(manager: EntityManager, item: AgendaItemEntity): Promise<WorkPlanEntity | null> {
    return item.subjectReference && isUuid(item.subjectReference)
      ? manager.findOneBy(WorkPlanEntity, { id: item.subjectReference })
      : Promise.resolve(null);
  }
}
