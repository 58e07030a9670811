import type { ConsultationStatus } from '@piano2030/web-core';
import { FormattedDate } from '@piano2030/web-ui';
import { useTranslation } from 'react-i18next';
import { dayStart } from '../shared/dates';
import './consultation-timeline.css';

export interface TimelineConsultation {
  status: ConsultationStatus;
  opensAt?: string | null;
  closesAt?: string | null;
  openedAt?: string | null;
  closedAt?: string | null;
  resultsReportDue?: string | null;
}

type Stage = 'SCHEDULED' | 'OPEN' | 'CLOSED' | 'REPORT_PUBLISHED';
const STAGES: Stage[] = ['SCHEDULED', 'OPEN', 'CLOSED', 'REPORT_PUBLISHED'];
type Timing = 'PAST' | 'CURRENT' | 'UPCOMING';

const timingOf = (stage: Stage, status: ConsultationStatus): Timing => {
  if (status === 'DRAFT') return 'UPCOMING';
  const at = STAGES.indexOf(status as Stage);
  const index = STAGES.indexOf(stage);
  return index < at ? 'PAST' : index === at ? 'CURRENT' : 'UPCOMING';
};

/** Where an instant sits between `from` and `to`, in percent. */
const position = (value: number, from: number, to: number) =>
  Math.min(100, Math.max(0, ((value - from) / (to - from || 1)) * 100));

/**
 * The consultation's states in order, each with its dates and whether it is past, under way or to
 * come; above them, the window and the wait for the results report drawn to scale with today
 * marked. The list is the text alternative: the drawing repeats it and is hidden from readers.
 */
export function ConsultationTimeline({
  consultation: c,
  now,
}: {
  consultation: TimelineConsultation;
  now: number;
}) {
  const { t } = useTranslation();
  const opens = c.openedAt ?? c.opensAt ?? null;
  const closes = c.closedAt ?? c.closesAt ?? null;
  const report = c.resultsReportDue ?? null;
  const dates: Record<Stage, { from?: string | null; to?: string | null }> = {
    SCHEDULED: { to: opens },
    OPEN: { from: opens, to: closes },
    CLOSED: { from: closes, to: report },
    REPORT_PUBLISHED: { from: report },
  };
  return (
    <section aria-labelledby="cons-timeline-title" className="mt-5">
      <h2 id="cons-timeline-title" className="h3">
        {t('consultations.timeline.title')}
      </h2>
      {opens && closes && report && (
        <TimelineDrawing opens={opens} closes={closes} report={dayStart(report)} now={now} />
      )}
      <ol className="cons-steps list-unstyled">
        {STAGES.map((stage, index) => {
          const timing = timingOf(stage, c.status);
          const { from, to } = dates[stage];
          return (
            <li
              key={stage}
              className={`cons-step cons-step-${timing.toLowerCase()}`}
              aria-current={timing === 'CURRENT' ? 'step' : undefined}
            >
              <span className="cons-step-marker" aria-hidden="true">
                {index + 1}
              </span>
              <span className="cons-step-text">
                <strong className="d-block">{t(`consultations.timeline.stages.${stage}`)}</strong>
                <span className="d-block small">
                  {t(`consultations.timeline.timing.${timing}`)}
                  {from && (
                    <>
                      {' · '}
                      {t('consultations.timeline.from')} <FormattedDate value={from} month="short" />
                    </>
                  )}
                  {to && (
                    <>
                      {' · '}
                      {t(
                        stage === 'CLOSED' ? 'consultations.timeline.reportBy' : 'consultations.timeline.to',
                      )}{' '}
                      <FormattedDate value={to} month="short" />
                    </>
                  )}
                </span>
              </span>
            </li>
          );
        })}
      </ol>
    </section>
  );
}

function TimelineDrawing({
  opens,
  closes,
  report,
  now,
}: {
  opens: string;
  closes: string;
  report: string;
  now: number;
}) {
  const { t } = useTranslation();
  const [o, c, r] = [Date.parse(opens), Date.parse(closes), Date.parse(report)];
  const span = Math.max(r, c, now) - Math.min(o, now);
  const from = Math.min(o, now) - span * 0.04;
  const to = Math.max(r, c, now) + span * 0.04;
  const at = (value: number) => position(value, from, to);
  return (
    <div className="cons-timeline" aria-hidden="true">
      <div className="cons-timeline-track">
        <span className="cons-timeline-window" style={{ left: `${at(o)}%`, width: `${at(c) - at(o)}%` }} />
        <span
          className="cons-timeline-review"
          style={{ left: `${at(c)}%`, width: `${Math.max(0, at(r) - at(c))}%` }}
        />
        {[o, c, r].map((value, index) => (
          <span key={index} className="cons-timeline-mark" style={{ left: `${at(value)}%` }}>
            {index + 2}
          </span>
        ))}
        <span className="cons-timeline-today" style={{ left: `${at(now)}%` }}>
          <span className="cons-timeline-today-label">{t('consultations.timeline.today')}</span>
        </span>
      </div>
    </div>
  );
}
