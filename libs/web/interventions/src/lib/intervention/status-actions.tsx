import { useMutation } from '@apollo/client/react';
import { INTERVENTION_TRANSITIONS, type InterventionStatus } from '@piano2030/shared-domain';
import { readApiError, type InterventionFieldsFragment } from '@piano2030/web-core';
import { ErrorSummary, feedbackFromError, TextAreaField, texts, type SummaryEntry } from '@piano2030/web-ui';
import { Button } from 'design-react-kit';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { translateFieldErrors } from '../shared/content-messages';
import { SetInterventionStatusMutationDocument } from './intervention-page.documents';

const REASON_ID = 'int-status-reason';
const REASON_MAX = 1000;
export const STATUS_LINE_ID = 'int-status-line';

/** The button's words for a move: publishing, revising, discarding, restoring. */
export function transitionKey(from: InterventionStatus, to: InterventionStatus) {
  if (to === 'IN_CONSULTATION') return from === 'DRAFT' ? 'publish' : 'republish';
  if (to === 'REVISED') return 'revise';
  if (to === 'DISCARDED') return 'discard';
  return 'restore';
}

/**
 * The committee's moves for the intervention as the domain allows them from its status. Each opens
 * a short form: a reason is required for every move but publishing a draft. After the move the
 * page reloads and focus goes to the status line.
 */
export function StatusActions({
  intervention,
  onChanged,
  refresh,
}: {
  intervention: InterventionFieldsFragment;
  onChanged: (message: string) => Promise<unknown>;
  /** Reloads the intervention: after a refusal for a stale version, the next try is against the current one. */
  refresh: () => Promise<unknown>;
}) {
  const { t } = useTranslation();
  const [target, setTarget] = useState<InterventionStatus | null>(null);
  const moves = INTERVENTION_TRANSITIONS[intervention.status];
  if (moves.length === 0) return <p>{t('interventions.statusActions.none')}</p>;
  return (
    <>
      <div className="d-flex flex-wrap gap-2">
        {moves.map((to) => (
          <Button
            key={to}
            id={`int-move-${to}`}
            type="button"
            color={to === 'DISCARDED' ? 'danger' : 'primary'}
            outline={to !== target}
            aria-expanded={to === target}
            aria-controls={to === target ? 'int-status-form' : undefined}
            onClick={() => setTarget(to === target ? null : to)}
          >
            {t(`interventions.statusActions.${transitionKey(intervention.status, to)}.button`)}
          </Button>
        ))}
      </div>
      {target && (
        <StatusForm
          key={target}
          intervention={intervention}
          to={target}
          onCancel={() => {
            setTarget(null);
            setTimeout(() => document.getElementById(`int-move-${target}`)?.focus(), 0);
          }}
          refresh={refresh}
          onDone={async (message) => {
            setTarget(null);
            await onChanged(message);
          }}
        />
      )}
    </>
  );
}

function StatusForm({
  intervention,
  to,
  onCancel,
  onDone,
  refresh,
}: {
  intervention: InterventionFieldsFragment;
  to: InterventionStatus;
  onCancel: () => void;
  onDone: (message: string) => Promise<void>;
  refresh: () => Promise<unknown>;
}) {
  const { t, i18n } = useTranslation();
  const locale = i18n.resolvedLanguage ?? i18n.language;
  const key = transitionKey(intervention.status, to);
  const reasonRequired = !(intervention.status === 'DRAFT' && to === 'IN_CONSULTATION');
  const [reason, setReason] = useState('');
  const [failure, setFailure] = useState<{ lead: string; detail?: string; entries: SummaryEntry[] } | null>(
    null,
  );
  const [reasonErrors, setReasonErrors] = useState<string[]>([]);
  const summaryRef = useRef<HTMLElement>(null);
  const [setStatus, { loading }] = useMutation(SetInterventionStatusMutationDocument, {
    update: (cache) => {
      cache.evict({ fieldName: 'interventionVersions' });
      cache.evict({ fieldName: 'interventions' });
      cache.evict({ fieldName: 'resourceSummary' });
    },
  });

  useEffect(() => {
    document.getElementById(REASON_ID)?.focus();
  }, []);
  useEffect(() => {
    if (failure) summaryRef.current?.focus();
  }, [failure]);

  const fail = (lead: string, errors: Record<string, readonly string[]>, detail?: string) => {
    const translated = translateFieldErrors(errors, t, locale);
    setReasonErrors(texts(translated.reason));
    setFailure({
      lead,
      detail,
      entries: Object.entries(translated).flatMap(([field, messages]) =>
        messages.map((message) => ({
          key: `${field}-${message.text}`,
          label: field === 'reason' ? t('interventions.statusActions.reason') : field,
          message,
          targetId: field === 'reason' ? REASON_ID : undefined,
        })),
      ),
    });
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (loading) return;
    const why = reason.trim();
    if (reasonRequired && !why) {
      fail(t('errors.BAD_USER_INPUT'), { reason: [`say why it becomes ${to}`] });
      return;
    }
    if (why.length > REASON_MAX) {
      fail(t('errors.BAD_USER_INPUT'), { reason: [`reason must be at most ${REASON_MAX} characters`] });
      return;
    }
    try {
      await setStatus({
        variables: {
          input: {
            id: intervention.id,
            expectedVersion: intervention.version,
            status: to,
            ...(why ? { reason: why } : {}),
          },
        },
      });
      await onDone(t(`interventions.statusActions.${key}.done`, { reference: intervention.reference }));
    } catch (error) {
      const apiError = readApiError(error);
      const feedback = feedbackFromError(apiError, t);
      if (apiError.code === 'CONFLICT') {
        // Someone moved or changed it meanwhile: say so, and show the intervention as it now stands.
        if (apiError.current) fail(t('interventions.statusActions.stale'), {});
        else fail(feedback.lead, {}, apiError.message);
        await refresh();
        return;
      }
      if (apiError.code === 'BAD_USER_INPUT' && Object.keys(apiError.fieldErrors).length) {
        fail(feedback.lead, apiError.fieldErrors);
      } else {
        fail(feedback.lead, {}, apiError.message);
      }
    }
  };

  return (
    <form
      id="int-status-form"
      noValidate
      aria-labelledby="int-status-form-title"
      className="border rounded p-3 mt-3"
      onSubmit={(event) => void submit(event)}
    >
      <h3 id="int-status-form-title" className="h5">
        {t(`interventions.statusActions.${key}.title`, { reference: intervention.reference })}
      </h3>
      <p className="mb-5">{t(`interventions.statusActions.${key}.intro`)}</p>
      {failure && (
        <ErrorSummary
          lead={failure.lead}
          detail={failure.detail}
          entries={failure.entries}
          alertRef={summaryRef}
        />
      )}
      <TextAreaField
        id={REASON_ID}
        required={reasonRequired}
        label={
          reasonRequired
            ? t('interventions.statusActions.reason')
            : t('interventions.statusActions.reasonOptional')
        }
        rows={3}
        maxLength={REASON_MAX}
        value={reason}
        errors={reasonErrors}
        onChange={(event) => setReason(event.target.value)}
      />
      <div className="d-flex flex-wrap gap-2">
        <Button
          type="submit"
          color={to === 'DISCARDED' ? 'danger' : 'primary'}
          aria-disabled={loading || undefined}
        >
          {t(`interventions.statusActions.${key}.confirm`)}
        </Button>
        <Button type="button" color="primary" outline onClick={onCancel}>
          {t('interventions.statusActions.cancel')}
        </Button>
      </div>
    </form>
  );
}
