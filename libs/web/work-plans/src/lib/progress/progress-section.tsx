import type { WorkPlanActivityFieldsFragment, WorkPlanPageQuery } from '@piano2030/web-core';
import { FormattedDate } from '@piano2030/web-ui';
import { Progress } from 'design-react-kit';
import { useTranslation } from 'react-i18next';
import type { WorkPlanReference } from '../reference/use-work-plan-reference';
import { QuarterGantt } from './quarter-gantt';
import { RollUpChart } from './roll-up-chart';
import './progress-section.css';

/**
 * The quarter's calendar for the version shown and, once the plan is adopted, its progress: overall,
 * by phase and by area, as the API rolls it up from the adopted version.
 */
export function ProgressSection({
  plan,
  activities,
  adopted,
  reference,
}: {
  plan: WorkPlanPageQuery['workPlan'];
  activities: readonly WorkPlanActivityFieldsFragment[];
  adopted: boolean;
  reference: WorkPlanReference;
}) {
  const { t } = useTranslation();
  const { overall, byPhase, byArea, asOf } = plan.progress;
  const percent = Math.round(overall.percent);
  const overallText = t('workPlans.progress.overallValue', {
    percent,
    total: overall.total,
    late: overall.late,
  });
  return (
    <>
      <section aria-labelledby="calendar-title" className="mt-5">
        <h2 id="calendar-title">{t('workPlans.gantt.title')}</h2>
        <QuarterGantt activities={activities} period={plan.period} today={asOf} reference={reference} />
      </section>
      {adopted && (
        <section aria-labelledby="progress-title" className="mt-5">
          <h2 id="progress-title">{t('workPlans.progress.title')}</h2>
          <p className="mb-1">
            {t('workPlans.progress.asOf')} <FormattedDate value={asOf} />
          </p>
          <p className="fw-semibold mb-1">{overallText}</p>
          <Progress
            wrapperClassName="overall-progress mb-4"
            value={percent}
            color={overall.late > 0 ? 'warning' : 'success'}
            aria-label={t('workPlans.progress.overall')}
            aria-valuetext={overallText}
          />
          <div className="row">
            <div className="col-lg-6">
              <RollUpChart
                id="by-phase"
                title={t('workPlans.progress.byPhase')}
                rollUps={byPhase}
                nameOf={reference.phaseName}
              />
            </div>
            <div className="col-lg-6">
              <RollUpChart
                id="by-area"
                title={t('workPlans.progress.byArea')}
                rollUps={byArea}
                nameOf={reference.areaName}
              />
            </div>
          </div>
        </section>
      )}
    </>
  );
}
