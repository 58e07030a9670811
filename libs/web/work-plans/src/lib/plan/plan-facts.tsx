import { paths, type WorkPlanPageQuery } from '@piano2030/web-core';
import { FormattedDate } from '@piano2030/web-ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { CabinaMeeting } from '../reference/use-work-plan-people';
import { ReportStatusBadge, VersionStatusBadge } from '../shared/status-badges';

type Plan = WorkPlanPageQuery['workPlan'];

/** The plan at a glance: its quarter, where it stands, the act that adopted it, its revision. */
export function PlanFacts({
  plan,
  cabinaMeetings,
}: {
  plan: Plan;
  cabinaMeetings: readonly CabinaMeeting[];
}) {
  const { t } = useTranslation();
  const latest = plan.versions[plan.versions.length - 1];
  const proposedTo = latest.meetingId && cabinaMeetings.find((meeting) => meeting.id === latest.meetingId);
  return (
    <dl className="row">
      <dt className="col-sm-3">{t('workPlans.plan.facts.period')}</dt>
      <dd className="col-sm-9">
        <FormattedDate value={plan.period.startsOn} />
        {' – '}
        <FormattedDate value={plan.period.endsOn} />
      </dd>
      <dt className="col-sm-3">{t('workPlans.plan.facts.version')}</dt>
      <dd className="col-sm-9 d-flex flex-wrap align-items-center gap-2">
        {t('workPlans.versions.number', { number: latest.number })}
        <VersionStatusBadge status={latest.status} />
      </dd>
      {latest.status === 'PROPOSED' && proposedTo && (
        <>
          <dt className="col-sm-3">{t('workPlans.plan.facts.proposedTo')}</dt>
          <dd className="col-sm-9">
            <Link to={paths.meeting(proposedTo.id)}>{proposedTo.title}</Link>
            {', '}
            <FormattedDate value={proposedTo.startsAt} withTime />
          </dd>
        </>
      )}
      {plan.adoptedBy && (
        <>
          <dt className="col-sm-3">{t('workPlans.plan.facts.adoptedBy')}</dt>
          <dd className="col-sm-9">
            {t('workPlans.plan.facts.decision', { reference: plan.adoptedBy.reference })}
            {', '}
            <FormattedDate value={plan.adoptedBy.decidedAt} />
            {' – '}
            <Link to={paths.meeting(plan.adoptedBy.meeting.id)}>{plan.adoptedBy.meeting.title}</Link>
            {' · '}
            <Link to={`${paths.decisions}?anno=${plan.adoptedBy.decidedAt.slice(0, 4)}`}>
              {t('workPlans.plan.facts.register')}
            </Link>
          </dd>
        </>
      )}
      {plan.closedAt && (
        <>
          <dt className="col-sm-3">{t('workPlans.plan.facts.closedAt')}</dt>
          <dd className="col-sm-9">
            <FormattedDate value={plan.closedAt} withTime />
          </dd>
        </>
      )}
      {plan.reportStatus !== 'NONE' && (
        <>
          <dt className="col-sm-3">{t('workPlans.plan.facts.report')}</dt>
          <dd className="col-sm-9">
            <ReportStatusBadge status={plan.reportStatus} />
          </dd>
        </>
      )}
      <dt className="col-sm-3">{t('workPlans.plan.facts.revision')}</dt>
      <dd className="col-sm-9">
        {t('workPlans.plan.facts.revisionValue', { revision: plan.revision })}{' '}
        <FormattedDate value={plan.updatedAt} withTime month="short" />
      </dd>
    </dl>
  );
}
