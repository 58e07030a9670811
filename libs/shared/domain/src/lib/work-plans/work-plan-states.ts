/**
 * A quarter's work plan (piano di lavoro trimestrale, protocol Art. 4-5): drafted and proposed by
 * the Comitato operativo, adopted or returned with remarks by the Cabina di Regia, then carried out
 * and closed with a report the Cabina approves.
 */
export const WORK_PLAN_STATUSES = [
  'DRAFT',
  'PROPOSED',
  'RETURNED',
  'ADOPTED',
  'IN_EXECUTION',
  'CLOSED',
] as const;
export type WorkPlanStatus = (typeof WORK_PLAN_STATUSES)[number];

/** Each proposal is a frozen version; a returned version is revised into the next one. */
export const WORK_PLAN_VERSION_STATUSES = ['DRAFT', 'PROPOSED', 'RETURNED', 'ADOPTED'] as const;
export type WorkPlanVersionStatus = (typeof WORK_PLAN_VERSION_STATUSES)[number];

/** The quarterly report: assembled when the plan closes, edited by the committee, approved by the Cabina. */
export const WORK_PLAN_REPORT_STATUSES = ['NONE', 'DRAFT', 'SUBMITTED', 'APPROVED'] as const;
export type WorkPlanReportStatus = (typeof WORK_PLAN_REPORT_STATUSES)[number];

/** What an owner records. LATE is never stored: it is read from the due date (see activityStatus). */
export const STORED_ACTIVITY_STATUSES = ['PLANNED', 'IN_PROGRESS', 'DONE', 'CANCELLED'] as const;
export type StoredActivityStatus = (typeof STORED_ACTIVITY_STATUSES)[number];

export const ACTIVITY_STATUSES = ['PLANNED', 'IN_PROGRESS', 'DONE', 'LATE', 'CANCELLED'] as const;
export type ActivityStatus = (typeof ACTIVITY_STATUSES)[number];

export const WORK_PLAN_LIMITS = {
  titleMaxLength: 200,
  descriptionMaxLength: 5000,
  deliverablesMax: 20,
  deliverableMaxLength: 300,
  contributorsMax: 20,
  activitiesMax: 200,
  remarksMinLength: 10,
  reportTextMaxLength: 20000,
} as const;

export interface Quarter {
  year: number;
  quarter: number;
}

/** First and last calendar day of a quarter, as ISO dates. */
export function quarterBounds({ year, quarter }: Quarter): { startsOn: string; endsOn: string } {
  const firstMonth = (quarter - 1) * 3 + 1;
  const lastDay = new Date(Date.UTC(year, firstMonth + 2, 0)).getUTCDate();
  const pad = (n: number) => String(n).padStart(2, '0');
  return {
    startsOn: `${year}-${pad(firstMonth)}-01`,
    endsOn: `${year}-${pad(firstMonth + 2)}-${pad(lastDay)}`,
  };
}

export function previousQuarter({ year, quarter }: Quarter): Quarter {
  return quarter === 1 ? { year: year - 1, quarter: 4 } : { year, quarter: quarter - 1 };
}

export function quarterOf(isoDate: string): Quarter {
  return {
    year: Number(isoDate.slice(0, 4)),
    quarter: Math.floor((Number(isoDate.slice(5, 7)) - 1) / 3) + 1,
  };
}

/** "Q3 2026": how the bodies name a quarter in both languages. */
export function quarterLabel({ year, quarter }: Quarter): string {
  return `Q${quarter} ${year}`;
}
