import { paths, type WorkPlansPageQuery } from '@piano2030/web-core';
import { FormattedDate } from '@piano2030/web-ui';
import { Progress, Table } from 'design-react-kit';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { PlanStatusBadge } from '../shared/status-badges';

type Plan = WorkPlansPageQuery['workPlans'][number];

/** Every quarter's plan, latest first: the one people look for is the current one. */
export function PlansTable({ plans }: { plans: readonly Plan[] }) {
  const { t } = useTranslation();
  const latestFirst = [...plans].sort((a, b) => b.year - a.year || b.quarter - a.quarter);
  return (
    <div className="table-responsive">
      <Table className="align-middle">
        <caption className="visually-hidden">{t('workPlans.list.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('workPlans.list.columns.quarter')}</th>
            <th scope="col">{t('workPlans.list.columns.period')}</th>
            <th scope="col">{t('workPlans.list.columns.status')}</th>
            <th scope="col">{t('workPlans.list.columns.activities')}</th>
            <th scope="col">{t('workPlans.list.columns.progress')}</th>
          </tr>
        </thead>
        <tbody>
          {latestFirst.map((plan) => {
            const percent = Math.round(plan.progress.overall.percent);
            const progressText = t('workPlans.list.progressValue', { percent });
            return (
              <tr key={plan.id}>
                <th scope="row">
                  <Link to={paths.workPlan(plan.id)}>
                    {t('workPlans.plan.heading', { quarter: plan.period.label })}
                  </Link>
                </th>
                <td className="text-nowrap">
                  <FormattedDate value={plan.period.startsOn} month="short" />
                  {' – '}
                  <FormattedDate value={plan.period.endsOn} month="short" />
                </td>
                <td>
                  <PlanStatusBadge status={plan.status} />
                </td>
                <td>{plan.activityCount}</td>
                <td className="list-progress">
                  <span className="d-block">{progressText}</span>
                  <Progress
                    wrapperClassName="plan-progress"
                    value={percent}
                    color="primary"
                    aria-label={t('workPlans.list.progressLabel', { quarter: plan.period.label })}
                    aria-valuetext={progressText}
                  />
                  {plan.progress.overall.late > 0 && (
                    <span className="d-block small text-danger fw-semibold">
                      {t('workPlans.list.late', { count: plan.progress.overall.late })}
                    </span>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </Table>
    </div>
  );
}
