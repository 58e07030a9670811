import { useQuery } from '@apollo/client/react';
import { isApiErrorCode, paths, useCurrentUser, type WorkPlanPageQuery } from '@piano2030/web-core';
import {
  ErrorState,
  LiveIndicator,
  LoadingState,
  NotFoundState,
  PageBreadcrumb,
  StatusMessage,
  usePageTitle,
} from '@piano2030/web-ui';
import { Container } from 'design-react-kit';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { ActivitiesSection } from '../activities/activities-section';
import { ProgressSection } from '../progress/progress-section';
import { useWorkPlanPeople } from '../reference/use-work-plan-people';
import { useWorkPlanReference } from '../reference/use-work-plan-reference';
import { ReportSection } from '../report/report-section';
import { PlanStatusBadge } from '../shared/status-badges';
import { PlanFacts } from './plan-facts';
import { PlanSteps } from './plan-steps';
import { useLiveWorkPlan } from './use-live-work-plan';
import { VersionSection } from './version-section';
import { PLAN_STATUS_ID, WorkPlanActionsContext, type WorkPlanActions } from './work-plan-context';
import { WorkPlanPageQueryDocument } from './work-plan-page.documents';

type Plan = WorkPlanPageQuery['workPlan'];

/**
 * A quarter's work plan through its whole cycle: drafting and proposal, the Cabina's review,
 * execution with progress, closing and the quarterly report. What the viewer may do comes from
 * `myCapabilities` (and, per activity, `canReport`); signed-in visitors follow the plan live.
 */
export function WorkPlanPage() {
  const { id = '' } = useParams();
  const { data, previousData, error, refetch } = useQuery(WorkPlanPageQueryDocument, { variables: { id } });
  const shown = data ?? (previousData?.workPlan.id === id ? previousData : undefined);

  if (isApiErrorCode(error, 'NOT_FOUND')) return <UnknownPlan />;
  // Keyed by plan: forms and the revisions they hold never follow the reader into another plan.
  if (shown) return <WorkPlanDetails key={shown.workPlan.id} plan={shown.workPlan} refetch={refetch} />;
  return <PlanPending onRetry={error ? () => void refetch() : undefined} />;
}

function PlanPending({ onRetry }: { onRetry?: () => void }) {
  const { t } = useTranslation();
  usePageTitle(t('workPlans.plan.title'));
  return (
    <Container className="py-5">
      <h1>{t('workPlans.plan.title')}</h1>
      {onRetry ? <ErrorState onRetry={onRetry} /> : <LoadingState />}
    </Container>
  );
}

function UnknownPlan() {
  const { t } = useTranslation();
  return (
    <NotFoundState
      title={t('workPlans.plan.notFound.title')}
      backTo={paths.workPlans}
      backLabel={t('workPlans.plan.backToList')}
    >
      <p>{t('workPlans.plan.notFound.text')}</p>
    </NotFoundState>
  );
}

function WorkPlanDetails({ plan, refetch }: { plan: Plan; refetch: () => Promise<unknown> }) {
  const { t } = useTranslation();
  const heading = t('workPlans.plan.heading', { quarter: plan.period.label });
  usePageTitle(heading);
  const { user } = useCurrentUser();
  const reference = useWorkPlanReference();
  const people = useWorkPlanPeople();
  const [announcement, setAnnouncement] = useState<string | null>(null);
  const actions = useMemo<WorkPlanActions>(
    () => ({ refresh: () => refetch().catch(() => undefined), announce: setAnnouncement }),
    [refetch],
  );
  const live = useLiveWorkPlan(plan.id, user !== null, () => void actions.refresh());
  const capabilities = useMemo(() => new Set(plan.myCapabilities), [plan.myCapabilities]);
  const [chosenVersionId, setChosenVersionId] = useState<string | null>(null);
  const latest = plan.versions[plan.versions.length - 1];
  // Until someone picks an older version, the page follows the latest, also when a new one appears.
  const version = plan.versions.find((candidate) => candidate.id === chosenVersionId) ?? latest;
  const adopted = ['ADOPTED', 'IN_EXECUTION', 'CLOSED'].includes(plan.status);

  return (
    <WorkPlanActionsContext.Provider value={actions}>
      <Container className="py-5">
        <PageBreadcrumb
          homePath={paths.home}
          trail={[{ to: paths.workPlans, label: t('workPlans.list.title') }]}
          current={heading}
        />
        <p className="text-uppercase fw-semibold text-secondary mb-1">{t('workPlans.plan.eyebrow')}</p>
        <h1>{heading}</h1>
        <p id={PLAN_STATUS_ID} tabIndex={-1} className="d-flex flex-wrap align-items-center gap-3">
          <PlanStatusBadge status={plan.status} />
          <LiveIndicator status={live} />
        </p>
        <PlanFacts plan={plan} cabinaMeetings={people.cabinaMeetings} />
        <StatusMessage message={announcement} />

        <PlanSteps plan={plan} capabilities={capabilities} people={people} />

        <VersionSection
          versions={plan.versions}
          shown={version}
          onShow={setChosenVersionId}
          reference={reference}
          cabinaMeetings={people.cabinaMeetings}
        />

        <ActivitiesSection
          plan={plan}
          version={version}
          editable={capabilities.has('EDIT_DRAFT') && version.id === latest.id && version.status === 'DRAFT'}
          reference={reference}
          people={people}
        />

        <ProgressSection
          plan={plan}
          activities={version.activities}
          adopted={adopted}
          reference={reference}
        />

        {plan.reportStatus !== 'NONE' && (
          <ReportSection plan={plan} capabilities={capabilities} people={people} reference={reference} />
        )}
      </Container>
    </WorkPlanActionsContext.Provider>
  );
}
