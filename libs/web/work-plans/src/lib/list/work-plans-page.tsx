import { useQuery } from '@apollo/client/react';
import { decideWorkPlanAction } from '@piano2030/shared-domain';
import { paths, useCurrentUser } from '@piano2030/web-core';
import { ErrorState, LoadingState, PageBreadcrumb, usePageTitle } from '@piano2030/web-ui';
import { Container } from 'design-react-kit';
import { useTranslation } from 'react-i18next';
import { useWorkPlanPeople } from '../reference/use-work-plan-people';
import { useWorkPlanReference } from '../reference/use-work-plan-reference';
import { NewPlanForm } from './new-plan-form';
import { PlansTable } from './plans-table';
import { QuartersTimeline } from './quarters-timeline';
import { WorkPlansPageQueryDocument } from './work-plans-page.documents';
import './work-plans-page.css';

/** Every quarter's work plan, the process on a timeline, and for committee members a new draft. */
export function WorkPlansPage() {
  const { t } = useTranslation();
  usePageTitle(t('workPlans.list.title'));
  // Plans change as the bodies work on them: a visit always asks again, showing the last answer meanwhile.
  const { data, loading, error, refetch } = useQuery(WorkPlansPageQueryDocument, {
    fetchPolicy: 'cache-and-network',
  });
  const reference = useWorkPlanReference();
  const { user } = useCurrentUser();
  const people = useWorkPlanPeople({ skip: !user });
  // The API decides again; this only spares others a form they could not send.
  const canDraft =
    user !== null && decideWorkPlanAction(people.standingOf(user.id), 'CREATE_DRAFT', {}).allowed;
  const plans = data?.workPlans ?? [];

  return (
    <Container className="py-5">
      <PageBreadcrumb homePath={paths.home} trail={[]} current={t('workPlans.list.title')} />
      <h1>{t('workPlans.list.title')}</h1>
      <p className="lead mb-5">{t('workPlans.list.intro')}</p>

      <section aria-labelledby="plans-title">
        <h2 id="plans-title">{t('workPlans.list.plansTitle')}</h2>
        {data && (plans.length ? <PlansTable plans={plans} /> : <p>{t('workPlans.list.empty')}</p>)}
        {!data && error && <ErrorState onRetry={() => void refetch()} />}
        {!data && !error && loading && <LoadingState />}
      </section>

      <section aria-labelledby="timeline-title" className="mt-5">
        <h2 id="timeline-title">{t('workPlans.timeline.title')}</h2>
        <p>{t('workPlans.timeline.intro')}</p>
        {data && reference.loaded ? (
          <QuartersTimeline plans={plans} phases={reference.phases} />
        ) : (
          !error && <LoadingState />
        )}
      </section>

      {canDraft && data && (
        <section className="mt-5 p-4 border border-primary rounded">
          <NewPlanForm existing={plans} />
        </section>
      )}
    </Container>
  );
}
