import { ACTIVITY_STATUSES } from '@piano2030/shared-domain';
import type { WorkPlanActivityFieldsFragment } from '@piano2030/web-core';
import { FormattedDate } from '@piano2030/web-ui';
import { useTranslation } from 'react-i18next';
import type { WorkPlanReference } from '../reference/use-work-plan-reference';
import { GanttChart, type GanttMark } from '../shared/gantt-chart';
import { timelineScale } from '../shared/timeline-scale';
import '../shared/status-colours.css';

interface Period {
  label: string;
  startsOn: string;
  endsOn: string;
}

/** The first day of each month of the quarter. */
function monthStarts({ startsOn }: Period): string[] {
  const [year, month] = startsOn.split('-').map(Number);
  return [0, 1, 2].map((offset) =>
    new Date(Date.UTC(year, month - 1 + offset, 1)).toISOString().slice(0, 10),
  );
}

/**
 * The quarter as a Gantt chart: each activity a bar from its start to its due date (clipped to the
 * quarter), filled as far as its progress, late ones in red and named as late, with today marked.
 * The table after it is the text alternative, with the full dates.
 */
export function QuarterGantt({
  activities,
  period,
  today,
  reference,
}: {
  activities: readonly WorkPlanActivityFieldsFragment[];
  period: Period;
  today: string;
  reference: WorkPlanReference;
}) {
  const { t, i18n } = useTranslation();
  if (activities.length === 0) return <p>{t('workPlans.gantt.empty')}</p>;
  const scale = timelineScale(period.startsOn, period.endsOn);
  const monthName = new Intl.DateTimeFormat(i18n.resolvedLanguage, { month: 'short', timeZone: 'UTC' });
  const ordered = [...activities].sort(
    (a, b) => a.startOn.localeCompare(b.startOn) || a.title.localeCompare(b.title),
  );
  const rows = ordered.map((activity) => ({
    key: activity.id,
    label:
      activity.status === 'LATE' ? t('workPlans.gantt.lateLabel', { title: activity.title }) : activity.title,
    bars: [
      {
        key: activity.id,
        ...scale.span(activity.startOn, activity.dueOn),
        className: `status-${activity.status}`,
        fill: activity.progress,
      },
    ],
  }));
  const ticks = monthStarts(period).map((day) => ({
    key: day,
    at: scale.at(day),
    label: monthName.format(new Date(`${day}T00:00:00Z`)),
  }));
  const marks: GanttMark[] = scale.includes(today)
    ? [{ key: 'today', at: scale.at(today), label: t('workPlans.timeline.today') }]
    : [];

  return (
    <figure className="mb-0">
      <figcaption className="mb-3">{t('workPlans.gantt.caption', { quarter: period.label })}</figcaption>
      <GanttChart
        rows={rows}
        ticks={ticks}
        marks={marks}
        legend={
          <ul className="gantt-legend" aria-hidden="true">
            {ACTIVITY_STATUSES.map((status) => (
              <li key={status}>
                <span className={`gantt-swatch status-${status}`} />
                {t(`workPlans.status.activity.${status}`)}
              </li>
            ))}
            <li>{t('workPlans.gantt.fillLegend')}</li>
          </ul>
        }
      />
      {/* Hidden from sight by its wrapper: a table ignores the 1px width that hides other elements. */}
      <div className="visually-hidden">
        <table>
          <caption>{t('workPlans.gantt.tableCaption', { quarter: period.label })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('workPlans.gantt.activity')}</th>
              <th scope="col">{t('workPlans.activity.fields.phaseCode')}</th>
              <th scope="col">{t('workPlans.activity.fields.startOn')}</th>
              <th scope="col">{t('workPlans.activity.fields.dueOn')}</th>
              <th scope="col">{t('workPlans.gantt.status')}</th>
              <th scope="col">{t('workPlans.gantt.progress')}</th>
            </tr>
          </thead>
          <tbody>
            {ordered.map((activity) => (
              <tr key={activity.id}>
                <th scope="row">{activity.title}</th>
                <td>{reference.phaseName(activity.phaseCode)}</td>
                <td>
                  <FormattedDate value={activity.startOn} />
                </td>
                <td>
                  <FormattedDate value={activity.dueOn} />
                </td>
                <td>{t(`workPlans.status.activity.${activity.status}`)}</td>
                <td>{activity.progress}%</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
