import { useMutation } from '@apollo/client/react';
import {
  AUTO_HIDE_REASON,
  CONTRIBUTION_LIMITS as L,
  MODERATION_DECISIONS,
  moderationTarget,
  type ContributionStatus,
  type ModerationDecision,
} from '@piano2030/shared-domain';
import { readApiError, type ModerationQueueEntryFragment } from '@piano2030/web-core';
import {
  ActionAlert,
  feedbackFromChecks,
  feedbackFromError,
  FormattedDate,
  TextAreaField,
  useActionFeedback,
} from '@piano2030/web-ui';
import { Button } from 'design-react-kit';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ContributionBody } from '../shared/contribution-body';
import { ContributionStatusLabel, KindLabel } from '../traceability/badges';
import { ModerateContributionMutationDocument } from './moderation.documents';

export const queueItemHeadingId = (id: string) => `queue-item-${id}`;

/** Why a contribution waits here: pre-moderation, hidden pending review, or reported but still public. */
const whyWaiting = (status: ContributionStatus) =>
  status === 'PENDING' || status === 'PUBLISHED' ? status : 'HIDDEN';

/**
 * A contribution awaiting a decision: what it says, who reported it and why (never who they are),
 * and a short form with the decisions its status allows and the reason its author will read.
 */
export function QueueItem({
  entry,
  consultationTitle,
  hideAfter,
  onDecided,
}: {
  entry: ModerationQueueEntryFragment;
  consultationTitle: string;
  hideAfter: number | undefined;
  onDecided: (message: string) => void;
}) {
  const { t } = useTranslation();
  const { contribution, openReports, openReportCount } = entry;
  const id = contribution.id;
  const ids = {
    heading: queueItemHeadingId(id),
    reason: `queue-${id}-reason`,
    decision: `queue-${id}-decision`,
  };
  const decisions = MODERATION_DECISIONS.filter(
    (decision) => moderationTarget(contribution.status, decision).allowed,
  );
  const [decision, setDecision] = useState<ModerationDecision | ''>('');
  const [reason, setReason] = useState('');
  const { feedback, alertRef, fail } = useActionFeedback({
    decision: `${ids.decision}-${decisions[0]}`,
    reason: ids.reason,
  });
  const [moderate, { loading }] = useMutation(ModerateContributionMutationDocument);
  const speaker = contribution.author.organisationName
    ? t('consultationsAdmin.speakerFor', {
        name: contribution.author.name,
        organisation: contribution.author.organisationName,
      })
    : contribution.author.name;
  const reasonRule = t('consultationsAdmin.checks.reasonLength', { min: L.reasonMin, max: L.reasonMax });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (loading) return;
    const text = reason.trim();
    const length = [...text].length;
    const checked = feedbackFromChecks(
      {
        ...(decision ? {} : { decision: [t('consultationsAdmin.moderation.chooseDecision')] }),
        ...(length < L.reasonMin || length > L.reasonMax ? { reason: [reasonRule] } : {}),
      },
      t,
    );
    if (checked || !decision) {
      if (checked) fail(checked);
      return;
    }
    try {
      await moderate({ variables: { input: { contributionId: id, decision, reason: text } } });
      onDecided(t(`consultationsAdmin.moderation.decided.${decision}`, { speaker }));
    } catch (error) {
      const apiError = readApiError(error);
      if (apiError.code === 'CONFLICT') {
        // Another moderator decided first: the contribution no longer waits here.
        onDecided(t('consultationsAdmin.moderation.alreadyDecided', { speaker }));
        return;
      }
      fail(feedbackFromError(apiError, t, { reason: reasonRule }));
    }
  };

  return (
    <li className="moderation-item">
      <article aria-labelledby={ids.heading}>
        <h3 id={ids.heading} tabIndex={-1} className="h5 d-flex flex-wrap align-items-center gap-2">
          <KindLabel kind={contribution.kind} />
          <span>{speaker}</span>
        </h3>
        <p className="small mb-2">
          {t('consultationsAdmin.moderation.in', { title: consultationTitle })} ·{' '}
          <FormattedDate value={contribution.createdAt} withTime month="short" />
        </p>
        <p className="d-flex flex-wrap align-items-center gap-2 mb-2">
          <ContributionStatusLabel status={contribution.status} />
          <span>{t(`consultationsAdmin.moderation.why.${whyWaiting(contribution.status)}`)}</span>
        </p>
        {contribution.body ? (
          <ContributionBody body={contribution.body} className="moderation-body mb-3" />
        ) : (
          <p className="fst-italic">{t('consultationsAdmin.answers.noText')}</p>
        )}
        {contribution.moderationReason && (
          <p className="small">
            <span className="fw-semibold">{t('consultationsAdmin.moderation.previousReason')}</span>{' '}
            {contribution.moderationReason === AUTO_HIDE_REASON ? (
              t('consultationsAdmin.moderation.autoHideReason')
            ) : (
              <span className="cons-plain-text">{contribution.moderationReason}</span>
            )}
          </p>
        )}
        <h4 className="h6">
          {t('consultationsAdmin.moderation.reports', { count: openReportCount })}
          {hideAfter !== undefined && openReportCount > 0 && (
            <span className="fw-normal">
              {' '}
              {t('consultationsAdmin.moderation.threshold', { count: hideAfter })}
            </span>
          )}
        </h4>
        {openReports.length > 0 && (
          <ul className="moderation-reports">
            {openReports.map((report, index) => (
              <li key={`${report.reportedAt}-${index}`}>
                <span className="fw-semibold">{t(`consultationsAdmin.reportReasons.${report.reason}`)}</span>
                {' · '}
                <FormattedDate value={report.reportedAt} withTime month="short" />
                {report.note && <span className="d-block cons-plain-text">«{report.note}»</span>}
              </li>
            ))}
          </ul>
        )}
        <form
          noValidate
          aria-labelledby={`${ids.heading}-form`}
          className="moderation-form"
          onSubmit={(event) => void submit(event)}
        >
          <h4 id={`${ids.heading}-form`} className="h6">
            {t('consultationsAdmin.moderation.formTitle', { speaker })}
          </h4>
          <ActionAlert feedback={feedback} alertRef={alertRef} className="mb-3" />
          <fieldset
            className="mb-3"
            aria-describedby={feedback?.fieldErrors.decision ? `${ids.decision}-error` : undefined}
          >
            <legend className="fs-6 fw-semibold">{t('consultationsAdmin.moderation.decision')}</legend>
            {decisions.map((option) => {
              const optionId = `${ids.decision}-${option}`;
              return (
                <div key={option} className="form-check form-check-inline">
                  <input
                    id={optionId}
                    type="radio"
                    name={ids.decision}
                    value={option}
                    checked={decision === option}
                    aria-describedby={`${optionId}-hint`}
                    onChange={() => setDecision(option)}
                  />
                  <label htmlFor={optionId}>{t(`consultationsAdmin.moderation.decisions.${option}`)}</label>
                  <span id={`${optionId}-hint`} className="visually-hidden">
                    {t(`consultationsAdmin.moderation.decisionHints.${option}`)}
                  </span>
                </div>
              );
            })}
            {feedback?.fieldErrors.decision && (
              <div id={`${ids.decision}-error`} className="invalid-feedback d-block">
                {feedback.fieldErrors.decision.join(' ')}
              </div>
            )}
          </fieldset>
          <TextAreaField
            required
            id={ids.reason}
            label={t('consultationsAdmin.moderation.reason')}
            hint={t('consultationsAdmin.moderation.reasonHint', { min: L.reasonMin, max: L.reasonMax })}
            rows={3}
            maxLength={L.reasonMax}
            value={reason}
            errors={feedback?.fieldErrors.reason}
            onChange={(event) => setReason(event.target.value)}
          />
          <Button type="submit" color="primary" size="sm" aria-disabled={loading || undefined}>
            {t('consultationsAdmin.moderation.submit')}
            <span className="visually-hidden"> – {speaker}</span>
          </Button>
        </form>
      </article>
    </li>
  );
}
