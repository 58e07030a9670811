import type { ProgressRollUp, WorkPlanProgressSummary } from '@piano2030/shared-domain';
import type { WorkPlanActivityEntity } from '../entities/work-plan-activity.entity';
import type { ProgressRollUpModel, WorkPlanProgressModel } from './progress.model';
import type { WorkPlanActivityModel } from './work-plan.model';

export function toActivityModel(activity: WorkPlanActivityEntity): WorkPlanActivityModel {
  return { ...activity, storedStatus: activity.status };
}

function toRollUp(rollUp: ProgressRollUp): ProgressRollUpModel {
  const { counts } = rollUp;
  return {
    key: rollUp.key,
    total: rollUp.total,
    planned: counts.PLANNED,
    inProgress: counts.IN_PROGRESS,
    done: counts.DONE,
    late: counts.LATE,
    cancelled: counts.CANCELLED,
    percent: rollUp.percent,
  };
}

export function toProgressModel(summary: WorkPlanProgressSummary & { asOf: string }): WorkPlanProgressModel {
  return {
    asOf: summary.asOf,
    overall: toRollUp(summary.overall),
    byPhase: summary.byPhase.map(toRollUp),
    byArea: summary.byArea.map(toRollUp),
  };
}
