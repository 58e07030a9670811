import { paths, type ConsultationSummaryFieldsFragment } from '@piano2030/web-core';
import { FormattedDate } from '@piano2030/web-ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ConsultationStatusBadge } from '../shared/badges';
import { daysUntil, windowElapsedPercent } from '../shared/dates';

/**
 * One consultation of the list: its state, areas and window, how many have taken part and, while
 * open, a bar of the window already gone (its text says the same in words).
 */
export function ConsultationCard({
  consultation: c,
  areaName,
  now,
}: {
  consultation: ConsultationSummaryFieldsFragment;
  areaName: (code: string) => string;
  now: Date;
}) {
  const { t } = useTranslation();
  const titleId = `cons-card-${c.id}`;
  const manageable = c.viewerCanManage && (c.status === 'DRAFT' || c.status === 'SCHEDULED');
  return (
    <li className="cons-card border rounded p-3 p-md-4 mb-3">
      <article aria-labelledby={titleId}>
        <p className="mb-2 d-flex flex-wrap gap-2 align-items-center">
          <ConsultationStatusBadge status={c.status} />
          {c.settings.participation !== 'REGISTERED' && (
            <span className="small">
              {t(`consultations.participation.short.${c.settings.participation}`)}
            </span>
          )}
        </p>
        <h3 id={titleId} className="h4 mb-2">
          <Link to={paths.consultation(c.id)}>{c.title}</Link>
        </h3>
        <dl className="row small mb-0 cons-card-facts">
          <dt className="col-sm-4 col-lg-3">{t('consultations.fields.areas')}</dt>
          <dd className="col-sm-8 col-lg-9">
            {c.areaCodes.map((code) => `${code} – ${areaName(code)}`).join('; ')}
          </dd>
          <Window consultation={c} now={now} />
          {c.status !== 'DRAFT' && c.status !== 'SCHEDULED' && (
            <>
              <dt className="col-sm-4 col-lg-3">{t('consultations.fields.contributions')}</dt>
              <dd className="col-sm-8 col-lg-9">
                {t('consultations.list.contributionCount', { count: c.contributionCount })}
              </dd>
            </>
          )}
        </dl>
        {c.status === 'OPEN' && c.opensAt && c.closesAt && (
          <WindowBar opensAt={c.openedAt ?? c.opensAt} closesAt={c.closesAt} now={now} />
        )}
        {manageable && (
          <p className="mt-3 mb-0">
            <Link to={paths.editConsultation(c.id)}>
              {t('consultations.list.edit')}
              <span className="visually-hidden"> – {c.title}</span>
            </Link>
          </p>
        )}
      </article>
    </li>
  );
}

function Window({ consultation: c, now }: { consultation: ConsultationSummaryFieldsFragment; now: Date }) {
  const { t } = useTranslation();
  const opens = c.openedAt ?? c.opensAt;
  const closes = c.closedAt ?? c.closesAt;
  return (
    <>
      <dt className="col-sm-4 col-lg-3">{t('consultations.fields.window')}</dt>
      <dd className="col-sm-8 col-lg-9">
        {opens && closes ? (
          <>
            <FormattedDate value={opens} month="short" /> – <FormattedDate value={closes} month="short" />
            {c.status === 'OPEN' && (
              <strong className="d-block">
                {t('consultations.list.daysLeft', { count: daysUntil(c.closesAt ?? closes, now) })}
              </strong>
            )}
            {c.status === 'SCHEDULED' && c.opensAt && (
              <strong className="d-block">
                {t('consultations.list.opensIn', { count: daysUntil(c.opensAt, now) })}
              </strong>
            )}
          </>
        ) : (
          t('consultations.list.noDates')
        )}
      </dd>
      {c.resultsReportDue && c.status !== 'DRAFT' && (
        <>
          <dt className="col-sm-4 col-lg-3">{t('consultations.fields.resultsReportDue')}</dt>
          <dd className="col-sm-8 col-lg-9">
            {c.status === 'REPORT_PUBLISHED' ? (
              t('consultations.list.reportPublished')
            ) : (
              <FormattedDate value={c.resultsReportDue} month="short" />
            )}
          </dd>
        </>
      )}
    </>
  );
}

/** The open window as a bar: how much of it has gone. The label says it in words. */
function WindowBar({ opensAt, closesAt, now }: { opensAt: string; closesAt: string; now: Date }) {
  const { t } = useTranslation();
  const percent = Math.round(windowElapsedPercent(opensAt, closesAt, now));
  const label = t('consultations.list.windowBar', { percent, count: daysUntil(closesAt, now) });
  return (
    <div className="cons-window-bar mt-3">
      <div
        className="progress"
        role="progressbar"
        aria-label={t('consultations.list.windowBarLabel')}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={label}
      >
        <div className="progress-bar" style={{ width: `${percent}%` }} />
      </div>
      <p className="small mb-0 mt-1" aria-hidden="true">
        {label}
      </p>
    </div>
  );
}
