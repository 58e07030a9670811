import type { ActivityStatus, StoredActivityStatus } from './work-plan-states';

/** An activity is late when its due date has passed and it is neither done nor cancelled. */
export function activityStatus(stored: StoredActivityStatus, dueOn: string, today: string): ActivityStatus {
  if (stored === 'DONE' || stored === 'CANCELLED') return stored;
  return dueOn < today ? 'LATE' : stored;
}

export function isUnfinished(stored: StoredActivityStatus): boolean {
  return stored === 'PLANNED' || stored === 'IN_PROGRESS';
}

export interface ProgressInput {
  phaseCode: string;
  areaCode: string;
  status: StoredActivityStatus;
  progress: number;
  dueOn: string;
}

export interface ProgressRollUp {
  /** The phase or area code; null for the whole plan. */
  key: string | null;
  total: number;
  counts: Record<ActivityStatus, number>;
  /** Mean progress of the activities that are not cancelled, 0 to 100, one decimal. */
  percent: number;
}

export interface WorkPlanProgressSummary {
  overall: ProgressRollUp;
  byPhase: ProgressRollUp[];
  byArea: ProgressRollUp[];
}

function rollUp(key: string | null, activities: readonly ProgressInput[], today: string): ProgressRollUp {
  const counts: Record<ActivityStatus, number> = {
    PLANNED: 0,
    IN_PROGRESS: 0,
    DONE: 0,
    LATE: 0,
    CANCELLED: 0,
  };
  for (const activity of activities) counts[activityStatus(activity.status, activity.dueOn, today)] += 1;
  const counted = activities.filter((a) => a.status !== 'CANCELLED');
  const sum = counted.reduce((total, a) => total + (a.status === 'DONE' ? 100 : a.progress), 0);
  return {
    key,
    total: activities.length,
    counts,
    percent: counted.length ? Math.round((sum / counted.length) * 10) / 10 : 0,
  };
}

function groupBy(activities: readonly ProgressInput[], key: 'phaseCode' | 'areaCode', today: string) {
  const keys = [...new Set(activities.map((a) => a[key]))].sort();
  return keys.map((k) =>
    rollUp(
      k,
      activities.filter((a) => a[key] === k),
      today,
    ),
  );
}

/** Progress of a plan's activities, overall, by phase and by intervention area, as of `today`. */
export function summariseProgress(
  activities: readonly ProgressInput[],
  today: string,
): WorkPlanProgressSummary {
  return {
    overall: rollUp(null, activities, today),
    byPhase: groupBy(activities, 'phaseCode', today),
    byArea: groupBy(activities, 'areaCode', today),
  };
}
