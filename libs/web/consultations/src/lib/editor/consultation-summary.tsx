import { useMutation, useQuery } from '@apollo/client/react';
import {
  paths,
  readApiError,
  useGraphQLLocale,
  type CommitteeConsultationFragment,
} from '@piano2030/web-core';
import { ActionAlert, feedbackFromError, FormattedDate, useActionFeedback } from '@piano2030/web-ui';
import { Fragment, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ConsultationAreasQueryDocument } from '../shared/consultations.documents';
import { ConfirmAction } from './confirm-action';
import { CloseConsultationMutationDocument } from './editor.documents';

/**
 * An open or closed consultation: its document is now the public record, so the committee reads it
 * here, closes an open one early, and goes on to the answers.
 */
export function ConsultationSummary({
  consultation,
  onChanged,
}: {
  consultation: CommitteeConsultationFragment;
  onChanged: (consultation: CommitteeConsultationFragment, message: string) => void;
}) {
  const { t } = useTranslation();
  const locale = useGraphQLLocale();
  const areas = useQuery(ConsultationAreasQueryDocument, { variables: { locale } });
  const areaName = (code: string) =>
    areas.data?.interventionAreas.find((area) => area.code === code)?.name ?? code;
  const [close, closing] = useMutation(CloseConsultationMutationDocument);
  const { feedback, alertRef, fail } = useActionFeedback();
  const c = consultation;
  const text = (value: string | null) =>
    value ? (
      <span className="cons-plain-text">{value}</span>
    ) : (
      <em>{t('consultationsAdmin.summary.notWritten')}</em>
    );
  const rows: [string, ReactNode][] = [
    [
      t('consultationsAdmin.fields.areaCodes'),
      c.areaCodes.map((code) => `${code} – ${areaName(code)}`).join('; '),
    ],
    [
      t('consultationsAdmin.fields.interventionIds'),
      t('consultationsAdmin.summary.count', { count: c.interventionIds.length }),
    ],
    [
      t('consultationsAdmin.fields.swotItemIds'),
      t('consultationsAdmin.summary.count', { count: c.swotItemIds.length }),
    ],
    [t('consultationsAdmin.fields.planSection'), text(c.planSection)],
    [t('consultationsAdmin.fields.objectives'), text(c.objectives)],
    [t('consultationsAdmin.fields.context'), text(c.context)],
    [
      t('consultationsAdmin.fields.questions'),
      <ol key="questions" className="mb-0 ps-3">
        {c.questions.map((question, index) => (
          <li key={index} className="cons-plain-text">
            {question}
          </li>
        ))}
      </ol>,
    ],
    [t('consultationsAdmin.fields.useOfContributions'), text(c.useOfContributions)],
    [t('consultationsAdmin.fields.timeline'), text(c.timeline)],
    [
      t('consultationsAdmin.summary.window'),
      <>
        {c.opensAt && <FormattedDate value={c.opensAt} withTime />} –{' '}
        {c.closesAt && <FormattedDate value={c.closesAt} withTime />}
        {c.windowDays !== null && (
          <> ({t('consultationsAdmin.editor.windowDays', { count: c.windowDays })})</>
        )}
      </>,
    ],
    ...(c.shortWindow
      ? ([[t('consultationsAdmin.fields.shortWindowReason'), text(c.shortWindowReason)]] as [
          string,
          ReactNode,
        ][])
      : []),
    [
      t('consultationsAdmin.fields.resultsReportDue'),
      c.resultsReportDue ? <FormattedDate value={c.resultsReportDue} /> : text(null),
    ],
    [
      t('consultationsAdmin.fields.participation'),
      t(`consultationsAdmin.participation.${c.settings.participation}.label`),
    ],
    [
      t('consultationsAdmin.fields.preModeration'),
      t(c.settings.preModeration ? 'consultationsAdmin.yes' : 'consultationsAdmin.no'),
    ],
    [t('consultationsAdmin.fields.hideAfterReports'), String(c.settings.hideAfterReports)],
    [t('consultationsAdmin.summary.contributions'), String(c.contributionCount)],
  ];

  const onClose = async () => {
    try {
      const { data } = await close({ variables: { id: c.id } });
      if (data)
        onChanged(data.closeConsultation, t('consultationsAdmin.lifecycle.closed', { title: c.title }));
    } catch (error) {
      fail(feedbackFromError(readApiError(error), t));
    }
  };

  return (
    <>
      <p className="lead">
        {t(`consultationsAdmin.summary.intro_${c.status === 'OPEN' ? 'open' : 'closed'}`)}
      </p>
      <ul className="list-inline cons-summary-links">
        <li className="list-inline-item">
          <Link to={paths.consultation(c.id)}>{t('consultationsAdmin.summary.publicPage')}</Link>
        </li>
        <li className="list-inline-item">
          <Link to={paths.consultationAnswers(c.id)}>{t('consultationsAdmin.summary.answers')}</Link>
        </li>
      </ul>
      {c.status === 'OPEN' && (
        <section aria-labelledby="cons-sec-close" className="my-4">
          <h2 id="cons-sec-close" className="h4">
            {t('consultationsAdmin.lifecycle.closeTitle')}
          </h2>
          <p>
            {t('consultationsAdmin.lifecycle.closeIntro')}{' '}
            {c.closesAt && <FormattedDate value={c.closesAt} withTime />}
          </p>
          <ActionAlert feedback={feedback} alertRef={alertRef} className="mb-3" />
          <ConfirmAction
            id="cons-close"
            danger
            outline
            label={t('consultationsAdmin.lifecycle.close')}
            confirmLabel={t('consultationsAdmin.lifecycle.closeConfirm')}
            busy={closing.loading}
            question={
              <p className="mb-0">{t('consultationsAdmin.lifecycle.closeQuestion', { title: c.title })}</p>
            }
            onConfirm={onClose}
          />
        </section>
      )}
      <section aria-labelledby="cons-sec-summary" className="mt-4">
        <h2 id="cons-sec-summary" className="h4">
          {t('consultationsAdmin.summary.title')}
        </h2>
        <dl className="row cons-summary">
          {rows.map(([label, value]) => (
            <Fragment key={label}>
              <dt className="col-sm-4">{label}</dt>
              <dd className="col-sm-8">{value}</dd>
            </Fragment>
          ))}
        </dl>
      </section>
    </>
  );
}
