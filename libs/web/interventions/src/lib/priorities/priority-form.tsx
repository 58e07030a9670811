import { useMutation } from '@apollo/client/react';
import { INTERVENTION_LIMITS } from '@piano2030/shared-domain';
import { readApiError, type InterventionPrioritiesQuery } from '@piano2030/web-core';
import {
  ErrorSummary,
  feedbackFromError,
  FormField,
  TextAreaField,
  texts,
  type SummaryEntry,
} from '@piano2030/web-ui';
import { Button } from 'design-react-kit';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { translateFieldErrors } from '../shared/content-messages';
import type { Guideline } from '../shared/use-intervention-reference';
import { useLocale } from '../shared/use-locale';
import { CreatePriorityMutationDocument, UpdatePriorityMutationDocument } from './priorities.documents';

export type Priority = InterventionPrioritiesQuery['priorities'][number];

const TITLE_MIN = 3;

/**
 * A strategic priority of an area: its title, what it means and the guidelines it serves. New
 * ones go last; a change is sent against the priority's revision, and one refused because someone
 * changed it meanwhile keeps what was typed and is sent against the current revision next time.
 */
export function PriorityForm({
  areaCode,
  priority,
  guidelines,
  idPrefix,
  onDone,
  refresh,
  headingLevel = 4,
}: {
  areaCode: string;
  /** The form's heading in the page's outline: 4 under a priority, 3 beside the list. */
  headingLevel?: 3 | 4;
  /** The priority to change; none for a new one. */
  priority?: Priority;
  guidelines: readonly Guideline[];
  idPrefix: string;
  onDone: (message: string | null) => void;
  refresh: () => Promise<unknown>;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [title, setTitle] = useState(priority?.title ?? '');
  const [description, setDescription] = useState(priority?.description ?? '');
  const [codes, setCodes] = useState<string[]>(priority?.guidelineCodes ?? []);
  const [revision, setRevision] = useState(priority?.revision ?? 0);
  const [failure, setFailure] = useState<{
    lead: string;
    detail?: string;
    entries: SummaryEntry[];
    byField: Record<string, string[]>;
  } | null>(null);
  const summaryRef = useRef<HTMLElement>(null);
  const evict = {
    update: (cache: { evict: (options: { fieldName: string }) => boolean }) => {
      cache.evict({ fieldName: 'priorities' });
    },
  };
  const [create, creating] = useMutation(CreatePriorityMutationDocument, evict);
  const [update, updating] = useMutation(UpdatePriorityMutationDocument, evict);
  const saving = creating.loading || updating.loading;
  const id = (field: string) => `${idPrefix}-${field}`;

  useEffect(() => {
    if (failure) summaryRef.current?.focus();
  }, [failure]);
  useEffect(() => {
    document.getElementById(`${idPrefix}-title`)?.focus();
  }, [idPrefix]);

  const fail = (lead: string, errors: Record<string, readonly string[]>, detail?: string) => {
    const translated = translateFieldErrors(errors, t, locale);
    const target = (field: string) =>
      field === 'title'
        ? id('title')
        : field === 'description'
          ? id('description')
          : field.startsWith('guidelineCodes')
            ? id('guideline-0')
            : undefined;
    setFailure({
      lead,
      detail,
      byField: Object.fromEntries(
        Object.entries(translated).map(([field, messages]) => [field.replace(/\.\d+$/, ''), texts(messages)]),
      ),
      entries: Object.entries(translated).flatMap(([field, messages]) =>
        messages.map((message) => ({
          key: `${field}-${message.text}`,
          label: t(`interventions.priorities.fields.${field.replace(/\.\d+$/, '') as 'title'}`, {
            defaultValue: field,
          }),
          message,
          targetId: target(field),
        })),
      ),
    });
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (saving) return;
    const trimmed = { title: title.trim(), description: description.trim() };
    const errors: Record<string, string[]> = {};
    if (trimmed.title.length < TITLE_MIN || trimmed.title.length > INTERVENTION_LIMITS.titleMax)
      errors.title = [`title must be between ${TITLE_MIN} and ${INTERVENTION_LIMITS.titleMax} characters`];
    if (trimmed.description.length > INTERVENTION_LIMITS.textMax)
      errors.description = [
        `description must be at most ${INTERVENTION_LIMITS.textMax} characters (got ${trimmed.description.length})`,
      ];
    if (Object.keys(errors).length) {
      fail(t('errors.BAD_USER_INPUT'), errors);
      return;
    }
    try {
      if (priority) {
        const changes = {
          ...(trimmed.title !== priority.title ? { title: trimmed.title } : {}),
          ...(trimmed.description !== priority.description ? { description: trimmed.description } : {}),
          ...(codes.join() !== priority.guidelineCodes.join() ? { guidelineCodes: codes } : {}),
        };
        if (Object.keys(changes).length === 0) {
          onDone(null);
          return;
        }
        await update({ variables: { input: { id: priority.id, expectedRevision: revision, ...changes } } });
        onDone(t('interventions.priorities.saved', { title: trimmed.title }));
      } else {
        await create({ variables: { input: { areaCode, ...trimmed, guidelineCodes: codes } } });
        onDone(t('interventions.priorities.created', { title: trimmed.title }));
      }
    } catch (error) {
      const apiError = readApiError(error);
      const current = apiError.current?.revision;
      if (apiError.code === 'CONFLICT' && typeof current === 'number') {
        setRevision(current);
        fail(t('interventions.priorities.stale'), {});
        await refresh();
        return;
      }
      const feedback = feedbackFromError(apiError, t);
      if (apiError.code === 'BAD_USER_INPUT' && Object.keys(apiError.fieldErrors).length)
        fail(feedback.lead, apiError.fieldErrors);
      else fail(feedback.lead, {}, apiError.message);
    }
  };

  const headingId = id('heading');
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  return (
    <form
      noValidate
      aria-labelledby={headingId}
      className="border rounded p-3 mt-3 bg-white"
      onSubmit={(event) => void submit(event)}
    >
      <Heading id={headingId} className="h5 mb-5">
        {priority
          ? t('interventions.priorities.editTitle', { title: priority.title })
          : t('interventions.priorities.newTitle')}
      </Heading>
      {failure && (
        <ErrorSummary
          lead={failure.lead}
          detail={failure.detail}
          entries={failure.entries}
          alertRef={summaryRef}
        />
      )}
      <FormField
        required
        id={id('title')}
        label={t('interventions.priorities.fields.title')}
        hint={t('interventions.priorities.hints.title', {
          min: TITLE_MIN,
          max: INTERVENTION_LIMITS.titleMax,
        })}
        maxLength={INTERVENTION_LIMITS.titleMax}
        value={title}
        errors={failure?.byField.title}
        onChange={(event) => setTitle(event.target.value)}
      />
      <TextAreaField
        id={id('description')}
        label={t('interventions.priorities.fields.description')}
        hint={t('interventions.priorities.hints.description')}
        rows={3}
        value={description}
        errors={failure?.byField.description}
        onChange={(event) => setDescription(event.target.value)}
      />
      <fieldset className="mb-4">
        <legend className="h6">{t('interventions.priorities.fields.guidelineCodes')}</legend>
        {guidelines.map((guideline, index) => {
          const checkboxId = id(`guideline-${index}`);
          return (
            <div key={guideline.code} className="form-check">
              <input
                id={checkboxId}
                type="checkbox"
                checked={codes.includes(guideline.code)}
                onChange={(event) =>
                  setCodes(
                    event.target.checked
                      ? guidelines
                          .map((g) => g.code)
                          .filter((code) => code === guideline.code || codes.includes(code))
                      : codes.filter((code) => code !== guideline.code),
                  )
                }
              />
              <label htmlFor={checkboxId}>
                {guideline.code} – {guideline.title}
              </label>
            </div>
          );
        })}
        {failure?.byField.guidelineCodes && (
          <div className="invalid-feedback d-block">{failure.byField.guidelineCodes.join(' ')}</div>
        )}
      </fieldset>
      <div className="d-flex flex-wrap gap-2">
        <Button type="submit" color="primary" aria-disabled={saving || undefined}>
          {priority ? t('interventions.priorities.save') : t('interventions.priorities.create')}
        </Button>
        <Button type="button" color="primary" outline onClick={() => onDone(null)}>
          {t('interventions.priorities.cancel')}
        </Button>
      </div>
    </form>
  );
}
