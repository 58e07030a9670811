import { useQuery } from '@apollo/client/react';
import {
  CONTRIBUTION_LIMITS as L,
  DISPOSITION_OUTCOMES,
  dispositionProblems,
  outcomeNeedsLink,
  type DispositionOutcome,
} from '@piano2030/shared-domain';
import type { DispositionFieldsFragment } from '@piano2030/web-core';
import {
  ErrorSummary,
  SelectField,
  TextAreaField,
  texts,
  type FieldMessage,
  type SummaryEntry,
} from '@piano2030/web-ui';
import { Button } from 'design-react-kit';
import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { translateFieldErrors } from '../editor/consultation-messages';
import {
  AnswerInterventionVersionsQueryDocument,
  AnswerSwotItemVersionsQueryDocument,
} from './answers.documents';
import type { LinkChoice } from './use-answers-data';

/** An answer as the form holds it. */
export interface AnswerDraft {
  outcome: DispositionOutcome | '';
  reasons: string;
  /** `intervention:<id>`, `swot:<id>` or ''. */
  link: string;
  /** The version of the linked item that carries the change, or ''. */
  version: string;
}

/** What setDisposition takes, besides the contribution and the version of the answer. */
export interface AnswerInput {
  outcome: DispositionOutcome;
  reasons: string;
  interventionId: string | null;
  interventionVersion: number | null;
  swotItemId: string | null;
  swotItemVersion: number | null;
}

/** How a refused answer is shown: the kind of refusal, and messages by input field. */
export interface AnswerRefusal {
  lead: string;
  detail?: string;
  fieldErrors: Record<string, readonly string[]>;
}

export const emptyAnswer = (): AnswerDraft => ({ outcome: '', reasons: '', link: '', version: '' });

export function answerDraftOf(disposition: DispositionFieldsFragment | null | undefined): AnswerDraft {
  if (!disposition) return emptyAnswer();
  const link = disposition.intervention
    ? `intervention:${disposition.intervention.id}`
    : disposition.swotItem
      ? `swot:${disposition.swotItem.id}`
      : '';
  const version = disposition.intervention ? disposition.interventionVersion : disposition.swotItemVersion;
  return {
    outcome: disposition.outcome,
    reasons: disposition.reasons,
    link,
    version: version ? String(version) : '',
  };
}

export function answerInputOf(draft: AnswerDraft): AnswerInput {
  const [kind, id] = draft.link.split(':');
  const version = draft.version ? Number(draft.version) : null;
  return {
    outcome: draft.outcome as DispositionOutcome,
    reasons: draft.reasons.trim(),
    interventionId: kind === 'intervention' ? id : null,
    interventionVersion: kind === 'intervention' ? version : null,
    swotItemId: kind === 'swot' ? id : null,
    swotItemVersion: kind === 'swot' ? version : null,
  };
}

/** The form's own checks: the shared rules (the API's own), and an outcome chosen. */
export function checkAnswer(draft: AnswerDraft): Record<string, string[]> {
  if (!draft.outcome) return { outcome: ['choose an outcome'] };
  return dispositionProblems(answerInputOf(draft));
}

/** The versions of the linked intervention or SWOT item, newest first. */
function useVersions(link: string) {
  const [kind, id] = link.split(':');
  const interventions = useQuery(AnswerInterventionVersionsQueryDocument, {
    variables: { id: id ?? '' },
    skip: kind !== 'intervention',
  });
  const items = useQuery(AnswerSwotItemVersionsQueryDocument, {
    variables: { id: id ?? '' },
    skip: kind !== 'swot',
  });
  if (kind === 'intervention') return interventions.data?.interventionVersions ?? [];
  if (kind === 'swot') return items.data?.swotItemVersions ?? [];
  return [];
}

/**
 * An answer's outcome, its reasons (published with it), and where the plan took it up: an
 * intervention or SWOT item and the version that carries the change. Checked with the shared rules
 * before it is sent; the API's refusals come back beside the same fields.
 */
export function DispositionForm({
  idPrefix,
  level,
  title,
  initial,
  links,
  submitLabel,
  note,
  onSubmit,
  onCancel,
}: {
  idPrefix: string;
  /** The level of the form's heading, under the card's or the section's. */
  level: 3 | 4;
  title: string;
  initial: AnswerDraft;
  links: readonly LinkChoice[];
  submitLabel: string;
  /** Said above the buttons (a published answer changes at once). */
  note?: ReactNode;
  /** Resolves null once stored, or with the refusal to show. */
  onSubmit: (input: AnswerInput) => Promise<AnswerRefusal | null>;
  onCancel?: () => void;
}) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(initial);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<{
    lead: string;
    detail?: string;
    byField: Record<string, FieldMessage[]>;
  } | null>(null);
  const summaryRef = useRef<HTMLElement>(null);
  const versions = useVersions(draft.link);
  const ids = {
    outcome: `${idPrefix}-outcome-${DISPOSITION_OUTCOMES[0]}`,
    reasons: `${idPrefix}-reasons`,
    link: `${idPrefix}-link`,
    version: `${idPrefix}-version`,
  };
  const controlOf: Record<string, string> = {
    outcome: ids.outcome,
    reasons: ids.reasons,
    interventionId: ids.link,
    swotItemId: ids.link,
    interventionVersion: ids.version,
    swotItemVersion: ids.version,
  };
  const labelOf: Record<string, string> = {
    outcome: t('consultationsAdmin.answers.form.outcome'),
    reasons: t('consultationsAdmin.answers.form.reasons'),
    interventionId: t('consultationsAdmin.answers.form.link'),
    swotItemId: t('consultationsAdmin.answers.form.link'),
    interventionVersion: t('consultationsAdmin.answers.form.version'),
    swotItemVersion: t('consultationsAdmin.answers.form.version'),
  };
  useEffect(() => {
    if (failure) summaryRef.current?.focus();
  }, [failure]);
  const set = <F extends keyof AnswerDraft>(field: F, value: AnswerDraft[F]) =>
    setDraft((current) => ({ ...current, [field]: value }));
  const byField = failure?.byField ?? {};
  const at = (...fields: string[]) => fields.flatMap((field) => byField[field] ?? []);

  const show = (refusal: AnswerRefusal) =>
    setFailure({
      lead: refusal.lead,
      detail: refusal.detail,
      byField: translateFieldErrors(refusal.fieldErrors, t),
    });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const problems = checkAnswer(draft);
    if (Object.keys(problems).length) {
      show({ lead: t('errors.BAD_USER_INPUT'), fieldErrors: problems });
      return;
    }
    setBusy(true);
    try {
      const refusal = await onSubmit(answerInputOf(draft));
      if (refusal) show(refusal);
      else setFailure(null);
    } finally {
      setBusy(false);
    }
  };

  const entries: SummaryEntry[] = Object.entries(byField).flatMap(([field, messages]) =>
    messages.map((message) => ({
      key: `${field}-${message.text}`,
      label: labelOf[field] ?? t('consultationsAdmin.answers.form.answer'),
      message,
      targetId: controlOf[field],
    })),
  );
  const outcomeErrors = at('outcome');
  const Heading = level === 3 ? 'h3' : 'h4';
  const needsLink = draft.outcome ? outcomeNeedsLink(draft.outcome) : false;
  const scoped = links.filter((choice) => choice.inScope);
  const others = links.filter((choice) => !choice.inScope);

  return (
    <form
      noValidate
      aria-labelledby={`${idPrefix}-title`}
      className="cons-answer-form"
      onSubmit={(event) => void submit(event)}
    >
      <Heading id={`${idPrefix}-title`} className="h6">
        {title}
      </Heading>
      {failure && (
        <ErrorSummary
          lead={failure.lead}
          detail={failure.detail}
          entries={entries}
          alertRef={summaryRef}
          className="mb-3"
        />
      )}
      <fieldset
        className="mb-4"
        aria-describedby={outcomeErrors.length ? `${idPrefix}-outcome-error` : undefined}
      >
        <legend className="fs-6 fw-semibold">{t('consultationsAdmin.answers.form.outcome')}</legend>
        <div className="cons-outcomes">
          {DISPOSITION_OUTCOMES.map((outcome) => {
            const id = `${idPrefix}-outcome-${outcome}`;
            return (
              <div key={outcome} className="form-check form-check-inline">
                <input
                  id={id}
                  type="radio"
                  name={`${idPrefix}-outcome`}
                  value={outcome}
                  checked={draft.outcome === outcome}
                  onChange={() => set('outcome', outcome)}
                />
                <label htmlFor={id}>{t(`consultationsAdmin.outcomes.${outcome}`)}</label>
              </div>
            );
          })}
        </div>
        {outcomeErrors.length > 0 && (
          <div id={`${idPrefix}-outcome-error`} className="invalid-feedback d-block">
            {outcomeErrors.map((m) => m.text).join(' ')}
          </div>
        )}
      </fieldset>
      <TextAreaField
        id={ids.reasons}
        required
        label={t('consultationsAdmin.answers.form.reasons')}
        hint={t('consultationsAdmin.answers.form.reasonsHint', {
          min: L.reasonMin,
          max: L.reasonMax,
          count: [...draft.reasons.trim()].length,
        })}
        rows={4}
        maxLength={L.reasonMax}
        value={draft.reasons}
        errors={texts(at('reasons'))}
        onChange={(event) => set('reasons', event.target.value)}
      />
      <div className="row">
        <div className="col-md-8">
          <div className="select-wrapper select-field cons-select-wide">
            <label htmlFor={ids.link}>{t('consultationsAdmin.answers.form.link')}</label>
            <select
              id={ids.link}
              value={draft.link}
              aria-invalid={at('interventionId', 'swotItemId').length ? true : undefined}
              aria-describedby={[
                `${ids.link}-hint`,
                at('interventionId', 'swotItemId').length ? `${ids.link}-error` : '',
              ]
                .filter(Boolean)
                .join(' ')}
              onChange={(event) =>
                setDraft((current) => ({ ...current, link: event.target.value, version: '' }))
              }
            >
              <option value="">{t('consultationsAdmin.answers.form.noLink')}</option>
              {scoped.length > 0 && (
                <optgroup label={t('consultationsAdmin.answers.form.inScope')}>
                  {scoped.map((choice) => (
                    <option key={choice.value} value={choice.value}>
                      {choice.label}
                    </option>
                  ))}
                </optgroup>
              )}
              {others.length > 0 && (
                <optgroup label={t('consultationsAdmin.answers.form.inAreas')}>
                  {others.map((choice) => (
                    <option key={choice.value} value={choice.value}>
                      {choice.label}
                    </option>
                  ))}
                </optgroup>
              )}
            </select>
            <small id={`${ids.link}-hint`} className="form-text d-block">
              {needsLink
                ? t('consultationsAdmin.answers.form.linkRequired')
                : t('consultationsAdmin.answers.form.linkHint')}
            </small>
            {at('interventionId', 'swotItemId').length > 0 && (
              <div id={`${ids.link}-error`} className="invalid-feedback d-block">
                {texts(at('interventionId', 'swotItemId')).join(' ')}
              </div>
            )}
          </div>
        </div>
        <div className="col-md-4">
          <SelectField
            id={ids.version}
            label={t('consultationsAdmin.answers.form.version')}
            value={draft.version}
            disabled={!draft.link}
            errors={texts(at('interventionVersion', 'swotItemVersion'))}
            options={[
              { value: '', label: t('consultationsAdmin.answers.form.noVersion') },
              ...versions.map((v) => ({
                value: String(v.version),
                label: t('consultationsAdmin.answers.form.versionOption', { version: v.version }),
              })),
            ]}
            onChange={(event) => set('version', event.target.value)}
          />
        </div>
      </div>
      {note && <div className="small mb-3">{note}</div>}
      <div className="d-flex flex-wrap gap-2">
        <Button type="submit" color="primary" size="sm" aria-disabled={busy || undefined}>
          {submitLabel}
        </Button>
        {onCancel && (
          <Button type="button" color="primary" outline size="sm" onClick={onCancel}>
            {t('consultationsAdmin.confirm.cancel')}
          </Button>
        )}
      </div>
    </form>
  );
}
