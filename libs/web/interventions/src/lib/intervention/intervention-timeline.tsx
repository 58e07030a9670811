import { PLAN_END, PLAN_START, PLAN_YEARS } from '@piano2030/shared-domain';
import type { InterventionFieldsFragment } from '@piano2030/web-core';
import { FormattedDate } from '@piano2030/web-ui';
import { useTranslation } from 'react-i18next';
import './intervention-timeline.css';

const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const [FROM, TO] = [day(PLAN_START), day(PLAN_END)];

/** Where a day sits on the 2021–2030 axis, in percent. */
const at = (iso: string) => {
  const value = day(iso);
  if (!Number.isFinite(value)) return 0;
  return Math.min(100, Math.max(0, ((value - FROM) / (TO - FROM)) * 100));
};

/**
 * When: the intervention's span on the plan's 2021–2030 axis, its milestones as numbered marks.
 * The drawing repeats the list below it, which is what screen readers read.
 */
export function InterventionTimeline({ intervention }: { intervention: InterventionFieldsFragment }) {
  const { t } = useTranslation();
  const milestones = [...intervention.milestones].sort((a, b) => a.dueOn.localeCompare(b.dueOn));
  const left = at(intervention.startsOn);
  const width = Math.max(0.5, at(intervention.endsOn) - left);
  return (
    <section aria-labelledby="int-time-title" className="mt-5">
      <h2 id="int-time-title" className="h3">
        {t('interventions.timeline.title')}
      </h2>
      <div className="int-timeline" aria-hidden="true">
        <div className="int-timeline-track">
          <span className="int-timeline-span" style={{ left: `${left}%`, width: `${width}%` }} />
          {milestones.map((milestone, index) => (
            <span
              key={`${milestone.dueOn}-${index}`}
              className="int-timeline-mark"
              style={{ left: `${at(milestone.dueOn)}%` }}
              title={milestone.title}
            >
              <span className="int-timeline-number">{index + 1}</span>
            </span>
          ))}
        </div>
        <div className="int-timeline-axis">
          {PLAN_YEARS.map((year) => (
            <span key={year} className="int-timeline-year" style={{ left: `${at(`${year}-01-01`)}%` }}>
              <span className="int-year-long">{year}</span>
              <span className="int-year-short">’{String(year).slice(2)}</span>
            </span>
          ))}
        </div>
      </div>
      <ol className="int-timeline-list list-unstyled">
        <li>
          <span className="int-timeline-key int-key-span" aria-hidden="true" />
          <span>
            <strong>{t('interventions.timeline.start')}</strong>:{' '}
            <FormattedDate value={intervention.startsOn} />
          </span>
        </li>
        {milestones.map((milestone, index) => (
          <li key={`${milestone.dueOn}-${index}`}>
            <span className="int-timeline-key int-key-mark" aria-hidden="true">
              {index + 1}
            </span>
            <span>
              <strong>{t('interventions.timeline.milestone', { number: index + 1 })}</strong>:{' '}
              <FormattedDate value={milestone.dueOn} /> – {milestone.title}
            </span>
          </li>
        ))}
        <li>
          <span className="int-timeline-key int-key-span" aria-hidden="true" />
          <span>
            <strong>{t('interventions.timeline.end')}</strong>: <FormattedDate value={intervention.endsOn} />
          </span>
        </li>
      </ol>
    </section>
  );
}
