import { useMutation } from '@apollo/client/react';
import { SWOT_LIMITS, type SwotQuadrant } from '@piano2030/shared-domain';
import type { SwotItemFieldsFragment } from '@piano2030/web-core';
import { feedbackFromChecks, TextAreaField, useActionFeedback } from '@piano2030/web-ui';
import { Button } from 'design-react-kit';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FeedbackSummary } from '../shared/feedback-summary';
import { CurrentVersion } from './current-version';
import { useSwotActions } from './swot-context';
import {
  changedFields,
  checkDraft,
  contentOf,
  draftOf,
  emptyDraft,
  swotFieldId,
  swotRules,
  type SwotDraft,
} from './swot-draft';
import { swotChangeFeedback, type SwotChangeFeedback } from './swot-feedback';
import { SwotFields } from './swot-fields';
import { AddSwotItemMutationDocument, UpdateSwotItemMutationDocument } from './swot.documents';

/** Drafts a new item in an area's SWOT; on success focus goes to the new item. */
export function AddSwotItemForm({
  quadrant,
  onDone,
}: {
  quadrant: SwotQuadrant;
  onDone: (added: string | null) => void;
}) {
  const { t } = useTranslation();
  const { areaCode, refresh, announce } = useSwotActions();
  const prefix = `swot-add-${quadrant}`;
  const [draft, setDraft] = useState<SwotDraft>(() => emptyDraft(quadrant));
  const { feedback, alertRef, fail } = useActionFeedback();
  const [add, { loading }] = useMutation(AddSwotItemMutationDocument);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (loading) return;
    const checked = feedbackFromChecks(checkDraft(draft, t), t);
    if (checked) {
      fail(checked);
      return;
    }
    try {
      const { data } = await add({ variables: { input: { areaCode, ...contentOf(draft) } } });
      await refresh();
      announce(t('context.swot.added', { quadrant: t(`context.swot.quadrants.${draft.quadrant}`) }));
      onDone(data ? data.addSwotItem.id : null);
    } catch (error) {
      fail(swotChangeFeedback(error, t, swotRules(t)).feedback);
    }
  };

  return (
    <form
      noValidate
      aria-labelledby={`${prefix}-heading`}
      className="swot-form mt-3 p-2 p-sm-3 border rounded bg-white"
      onSubmit={(event) => void submit(event)}
    >
      <h4 id={`${prefix}-heading`} className="h6 mb-4">
        {t('context.swot.addTitle', { quadrant: t(`context.swot.quadrants.${quadrant}`) })}
      </h4>
      <FeedbackSummary
        feedback={feedback}
        alertRef={alertRef}
        fieldId={(field) => swotFieldId(prefix, field)}
        className="mb-4"
      />
      <SwotFields prefix={prefix} draft={draft} onChange={setDraft} errors={feedback?.fieldErrors ?? {}} />
      <p className="small">{t('context.swot.draftNote')}</p>
      <div className="d-flex flex-wrap gap-2">
        <Button type="submit" color="primary" aria-disabled={loading || undefined}>
          {t('context.swot.addSubmit')}
        </Button>
        <Button type="button" color="primary" outline onClick={() => onDone(null)}>
          {t('context.cancel')}
        </Button>
      </div>
    </form>
  );
}

/**
 * Changes an item. The form starts from the item as it was when opened and is sent against that
 * version; if someone changed the item meanwhile, the API refuses, the form shows the item as it
 * now stands and keeps what was typed, and the next save applies the same changes to the new version.
 * A published item changes only with a reason.
 */
export function EditSwotItemForm({
  item,
  onDone,
}: {
  item: SwotItemFieldsFragment;
  onDone: (message: string | null) => void;
}) {
  const { t } = useTranslation();
  const { refresh } = useSwotActions();
  const prefix = `swot-edit-${item.id}`;
  const [initial, setInitial] = useState<SwotDraft>(() => draftOf(item));
  const [draft, setDraft] = useState<SwotDraft>(initial);
  const [reason, setReason] = useState('');
  const [expectedVersion, setExpectedVersion] = useState(item.version);
  const [conflict, setConflict] = useState<SwotChangeFeedback['current']>(null);
  const { feedback, alertRef, fail, reset } = useActionFeedback();
  const [update, { loading }] = useMutation(UpdateSwotItemMutationDocument);
  const published = item.status === 'PUBLISHED';
  const errors = feedback?.fieldErrors ?? {};

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (loading) return;
    const checked = feedbackFromChecks(checkDraft(draft, t, { value: reason, required: published }), t);
    if (checked) {
      fail(checked);
      return;
    }
    const changes = changedFields(initial, draft);
    if (Object.keys(changes).length === 0) {
      onDone(null);
      return;
    }
    try {
      const { data } = await update({
        variables: {
          input: {
            id: item.id,
            expectedVersion,
            ...changes,
            ...(reason.trim() ? { reason: reason.trim() } : {}),
          },
        },
      });
      await refresh();
      onDone(t('context.swot.saved', { version: data?.updateSwotItem.version ?? expectedVersion + 1 }));
    } catch (error) {
      const shown = swotChangeFeedback(error, t, swotRules(t));
      fail(shown.feedback);
      if (shown.current) {
        // What the person changed stays as typed; everything else follows the item as it now is,
        // so saving again applies exactly their changes to the current version.
        const current = draftOf(shown.current);
        const mine = Object.keys(changedFields(initial, draft)) as (keyof SwotDraft)[];
        setInitial(current);
        setDraft(Object.assign({ ...current }, ...mine.map((field) => ({ [field]: draft[field] }))));
        setConflict(shown.current);
        setExpectedVersion(shown.current.version);
        await refresh();
      }
    }
  };

  /** Drops what was typed and starts again from the item as it now stands. */
  const startOver = () => {
    if (!conflict) return;
    const fresh = draftOf(conflict);
    setInitial(fresh);
    setDraft(fresh);
    setConflict(null);
    reset();
    document.getElementById(swotFieldId(prefix, 'text'))?.focus();
  };

  return (
    <form
      noValidate
      aria-labelledby={`${prefix}-heading`}
      className="swot-form mt-3 p-2 p-sm-3 border rounded bg-white"
      onSubmit={(event) => void submit(event)}
    >
      <h4 id={`${prefix}-heading`} className="h6 mb-4">
        {t('context.swot.editTitle', { version: item.version })}
      </h4>
      <FeedbackSummary
        feedback={feedback}
        alertRef={alertRef}
        fieldId={(field) => swotFieldId(prefix, field)}
        className="mb-4"
      />
      {conflict && (
        <CurrentVersion current={conflict} headingId={`${prefix}-current`}>
          <p className="small mb-2">{t('context.swot.conflict.kept')}</p>
          <Button type="button" color="primary" outline size="sm" onClick={startOver}>
            {t('context.swot.conflict.startOver')}
          </Button>
        </CurrentVersion>
      )}
      <SwotFields prefix={prefix} draft={draft} onChange={setDraft} errors={errors} />
      <TextAreaField
        id={swotFieldId(prefix, 'reason')}
        required={published}
        label={t(published ? 'context.swot.fields.reasonRequired' : 'context.swot.fields.reasonOptional')}
        hint={t(published ? 'context.swot.hints.reasonPublished' : 'context.swot.hints.reasonDraft')}
        rows={2}
        maxLength={SWOT_LIMITS.reasonMaxLength}
        value={reason}
        errors={errors.reason}
        onChange={(event) => setReason(event.target.value)}
      />
      <div className="d-flex flex-wrap gap-2">
        <Button type="submit" color="primary" aria-disabled={loading || undefined}>
          {t(conflict ? 'context.swot.conflict.reapply' : 'context.swot.save')}
        </Button>
        <Button type="button" color="primary" outline onClick={() => onDone(null)}>
          {t('context.cancel')}
        </Button>
      </div>
    </form>
  );
}
