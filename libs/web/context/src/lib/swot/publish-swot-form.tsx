import { useMutation } from '@apollo/client/react';
import { SWOT_LIMITS } from '@piano2030/shared-domain';
import { readApiError } from '@piano2030/web-core';
import { feedbackFromError, focusSoon, TextAreaField, useActionFeedback } from '@piano2030/web-ui';
import { Button } from 'design-react-kit';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FeedbackSummary } from '../shared/feedback-summary';
import { SWOT_EDITION_ID, useSwotActions } from './swot-context';
import { PublishSwotMutationDocument } from './swot.documents';

const NOTE_MAX = SWOT_LIMITS.reasonMaxLength;

/**
 * The committee makes the area's drafts (and withdrawals) public as a new edition, with an
 * optional note on what it changes. Focus then goes to the line naming the new edition.
 */
export function PublishSwotForm() {
  const { t } = useTranslation();
  const { areaCode, refresh, announce } = useSwotActions();
  const [open, setOpen] = useState(false);
  const [note, setNote] = useState('');
  const { feedback, alertRef, fail, reset } = useActionFeedback();
  const [publish, { loading }] = useMutation(PublishSwotMutationDocument);
  const ids = { start: 'swot-publish', note: 'swot-publish-note', heading: 'swot-publish-heading' };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (loading) return;
    try {
      const { data } = await publish({
        variables: { input: { areaCode, ...(note.trim() ? { note: note.trim() } : {}) } },
      });
      reset();
      setOpen(false);
      setNote('');
      const edition = data?.publishSwot.editions[0]?.edition;
      announce(t('context.swot.publish.done', { edition }));
      await refresh();
      focusSoon(SWOT_EDITION_ID);
    } catch (error) {
      const apiError = readApiError(error);
      const shown = feedbackFromError(apiError, t, {
        note: t('context.swot.publish.noteRule', { max: NOTE_MAX }),
      });
      fail(apiError.code === 'CONFLICT' ? { ...shown, lead: t('context.swot.publish.nothing') } : shown);
      if (apiError.code === 'CONFLICT') await refresh();
    }
  };

  if (!open) {
    return (
      <Button
        id={ids.start}
        color="primary"
        size="sm"
        className="mt-2"
        onClick={() => {
          setOpen(true);
          focusSoon(ids.note);
        }}
      >
        {t('context.swot.publish.open')}
      </Button>
    );
  }
  return (
    <form
      noValidate
      aria-labelledby={ids.heading}
      className="swot-form mt-3 p-2 p-sm-3 border rounded bg-white"
      onSubmit={(event) => void submit(event)}
    >
      <h3 id={ids.heading} className="h6">
        {t('context.swot.publish.title')}
      </h3>
      <p className="small">{t('context.swot.publish.intro')}</p>
      <FeedbackSummary
        feedback={feedback}
        alertRef={alertRef}
        fieldId={(field) => (field === 'note' ? ids.note : undefined)}
        className="mb-3"
      />
      <TextAreaField
        id={ids.note}
        label={t('context.swot.publish.note')}
        hint={t('context.swot.publish.noteHint')}
        rows={2}
        maxLength={NOTE_MAX}
        value={note}
        errors={feedback?.fieldErrors.note}
        onChange={(event) => setNote(event.target.value)}
      />
      <div className="d-flex flex-wrap gap-2">
        <Button type="submit" color="primary" size="sm" aria-disabled={loading || undefined}>
          {t('context.swot.publish.confirm')}
        </Button>
        <Button
          type="button"
          color="primary"
          outline
          size="sm"
          onClick={() => {
            setOpen(false);
            reset();
            focusSoon(ids.start);
          }}
        >
          {t('context.cancel')}
        </Button>
      </div>
    </form>
  );
}
