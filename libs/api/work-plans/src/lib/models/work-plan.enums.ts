import { graphqlEnum } from '@piano2030/api-core';
import {
  ACTIVITY_STATUSES,
  PLANNED_FIELDS,
  STORED_ACTIVITY_STATUSES,
  WORK_PLAN_ACTIONS,
  WORK_PLAN_REPORT_STATUSES,
  WORK_PLAN_STATUSES,
  WORK_PLAN_VERSION_STATUSES,
} from '@piano2030/shared-domain';

export const WorkPlanStatusEnum = graphqlEnum(WORK_PLAN_STATUSES, 'WorkPlanStatus');
export const WorkPlanVersionStatusEnum = graphqlEnum(WORK_PLAN_VERSION_STATUSES, 'WorkPlanVersionStatus');
export const WorkPlanReportStatusEnum = graphqlEnum(WORK_PLAN_REPORT_STATUSES, 'WorkPlanReportStatus');
export const ActivityStatusEnum = graphqlEnum(
  ACTIVITY_STATUSES,
  'ActivityStatus',
  'LATE is read from the due date: past it, and neither done nor cancelled',
);
export const StoredActivityStatusEnum = graphqlEnum(STORED_ACTIVITY_STATUSES, 'ReportedActivityStatus');
export const WorkPlanActionEnum = graphqlEnum(WORK_PLAN_ACTIONS, 'WorkPlanAction');
export const PlannedFieldEnum = graphqlEnum(PLANNED_FIELDS, 'ActivityField');
export const ActivityChangeKindEnum = graphqlEnum(['ADDED', 'REMOVED', 'CHANGED'], 'ActivityChangeKind');
