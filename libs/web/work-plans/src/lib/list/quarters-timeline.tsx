import { WORK_PLAN_STATUSES, todayInItaly } from '@piano2030/shared-domain';
import type { WorkPlansPageQuery } from '@piano2030/web-core';
import { FormattedDate } from '@piano2030/web-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Phase } from '../reference/use-work-plan-reference';
import { GanttChart, type GanttMark, type GanttRow } from '../shared/gantt-chart';
import { timelineScale } from '../shared/timeline-scale';
import { quarterSlots } from './quarter-slots';
import '../shared/status-colours.css';

type Plan = WorkPlansPageQuery['workPlans'][number];

const overlaps = (phase: Phase, startsOn: string, endsOn: string) =>
  phase.startsOn <= endsOn && phase.endsOn >= startsOn;

/**
 * The process on one axis: the phases as bars, then every quarter up to the Piano's deadline,
 * coloured by the status of its work plan. The table under it says the same in words.
 */
export function QuartersTimeline({ plans, phases }: { plans: readonly Plan[]; phases: readonly Phase[] }) {
  const { t } = useTranslation();
  const [today] = useState(todayInItaly);
  const { slots, deadline } = quarterSlots(phases, plans);
  const first = slots[0];
  const last = slots.at(-1);
  if (!first || !last) return <p>{t('workPlans.timeline.empty')}</p>;

  const scale = timelineScale(first.startsOn, last.endsOn);
  const statusName = (plan: Plan | null) =>
    plan ? t(`workPlans.status.plan.${plan.status}`) : t('workPlans.timeline.noPlan');
  const rows: GanttRow[] = [
    ...phases.map((phase) => ({
      key: phase.code,
      label: phase.name,
      bars: [{ key: phase.code, ...scale.span(phase.startsOn, phase.endsOn), className: 'gantt-phase' }],
    })),
    {
      key: 'plans',
      label: t('workPlans.timeline.plansRow'),
      bars: slots.map((slot) => ({
        key: slot.label,
        ...scale.span(slot.startsOn, slot.endsOn),
        className: `status-${slot.plan?.status ?? 'NONE'}`,
        text: `Q${slot.quarter}`,
      })),
    },
  ];
  const years = [...new Set(slots.map((slot) => slot.year))].filter((year) =>
    scale.includes(`${year}-01-01`),
  );
  const ticks = years.map((year) => ({
    key: String(year),
    at: scale.at(`${year}-01-01`),
    label: String(year),
  }));
  const marks: GanttMark[] = [];
  if (scale.includes(today))
    marks.push({ key: 'today', at: scale.at(today), label: t('workPlans.timeline.today') });
  if (deadline && scale.includes(deadline)) {
    const { left, width } = scale.span(deadline, deadline);
    marks.push({
      key: 'deadline',
      at: left + width,
      label: t('workPlans.timeline.deadlineMark'),
      className: 'gantt-mark-deadline',
    });
  }

  return (
    <figure className="mb-0">
      <figcaption className="mb-3">
        {t('workPlans.timeline.caption', { from: first.label, to: last.label })}
        {deadline && (
          <>
            {' '}
            {t('workPlans.timeline.deadline')} <FormattedDate value={deadline} />.
          </>
        )}
      </figcaption>
      <GanttChart
        rows={rows}
        ticks={ticks}
        marks={marks}
        legend={
          <ul className="gantt-legend" aria-hidden="true">
            <li>
              <span className="gantt-swatch gantt-phase" />
              {t('workPlans.timeline.phaseLegend')}
            </li>
            {WORK_PLAN_STATUSES.map((status) => (
              <li key={status}>
                <span className={`gantt-swatch status-${status}`} />
                {t(`workPlans.status.plan.${status}`)}
              </li>
            ))}
            <li>
              <span className="gantt-swatch status-NONE" />
              {t('workPlans.timeline.noPlan')}
            </li>
          </ul>
        }
      />
      {/* Hidden from sight by its wrapper: a table ignores the 1px width that hides other elements. */}
      <div className="visually-hidden">
        <table>
          <caption>{t('workPlans.timeline.tableCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('workPlans.timeline.quarter')}</th>
              <th scope="col">{t('workPlans.timeline.plan')}</th>
              <th scope="col">{t('workPlans.timeline.phases')}</th>
            </tr>
          </thead>
          <tbody>
            {slots.map((slot) => (
              <tr key={slot.label}>
                <th scope="row">{slot.label}</th>
                <td>{statusName(slot.plan)}</td>
                <td>
                  {phases
                    .filter((phase) => overlaps(phase, slot.startsOn, slot.endsOn))
                    .map((phase) => phase.name)
                    .join(', ') || t('workPlans.timeline.noPhase')}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
