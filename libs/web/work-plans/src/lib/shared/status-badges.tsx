import type {
  ActivityStatus,
  WorkPlanReportStatus,
  WorkPlanStatus,
  WorkPlanVersionStatus,
} from '@piano2030/web-core';
import { Badge, Icon } from 'design-react-kit';
import { useTranslation } from 'react-i18next';

/** The word carries the status; the colour only repeats it. */
const PLAN_COLOR: Record<WorkPlanStatus, string> = {
  DRAFT: 'secondary',
  PROPOSED: 'primary',
  RETURNED: 'warning',
  ADOPTED: 'success',
  IN_EXECUTION: 'success',
  CLOSED: 'dark',
};

const VERSION_COLOR: Record<WorkPlanVersionStatus, string> = {
  DRAFT: 'secondary',
  PROPOSED: 'primary',
  RETURNED: 'warning',
  ADOPTED: 'success',
};

const ACTIVITY_COLOR: Record<ActivityStatus, string> = {
  PLANNED: 'secondary',
  IN_PROGRESS: 'primary',
  DONE: 'success',
  LATE: 'danger',
  CANCELLED: 'dark',
};

const REPORT_COLOR: Record<WorkPlanReportStatus, string> = {
  NONE: 'secondary',
  DRAFT: 'secondary',
  SUBMITTED: 'primary',
  APPROVED: 'success',
};

export function PlanStatusBadge({ status }: { status: WorkPlanStatus }) {
  const { t } = useTranslation();
  return <Badge color={PLAN_COLOR[status]}>{t(`workPlans.status.plan.${status}`)}</Badge>;
}

export function VersionStatusBadge({ status }: { status: WorkPlanVersionStatus }) {
  const { t } = useTranslation();
  return <Badge color={VERSION_COLOR[status]}>{t(`workPlans.status.version.${status}`)}</Badge>;
}

/** A late activity also gets a warning sign, so it stands out without relying on colour. */
export function ActivityStatusBadge({ status }: { status: ActivityStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={ACTIVITY_COLOR[status]} className="d-inline-flex align-items-center gap-1">
      {status === 'LATE' && <Icon icon="it-warning-circle" size="xs" color="white" aria-hidden />}
      {t(`workPlans.status.activity.${status}`)}
    </Badge>
  );
}

export function ReportStatusBadge({ status }: { status: WorkPlanReportStatus }) {
  const { t } = useTranslation();
  return <Badge color={REPORT_COLOR[status]}>{t(`workPlans.status.report.${status}`)}</Badge>;
}
