import { useMutation } from '@apollo/client/react';
import { isApiErrorCode, readApiError } from '@piano2030/web-core';
import {
  ActionAlert,
  feedbackFromChecks,
  feedbackFromError,
  StatusMessage,
  TextAreaField,
  useActionFeedback,
} from '@piano2030/web-ui';
import { Button } from 'design-react-kit';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMeetingActions } from './meeting-context';
import { SubmitExpertOpinionMutationDocument } from './meeting-page.documents';

/**
 * An external expert's opinion on one agenda item. Whether the item is within the engagement (its
 * phase or area, today within the dates) is the API's call: a refusal shows with its reason.
 */
export function ExpertOpinionForm({ agendaItemId }: { agendaItemId: string }) {
  const { t } = useTranslation();
  const { refresh } = useMeetingActions();
  const [text, setText] = useState('');
  const fieldId = `opinion-${agendaItemId}`;
  const { feedback, success, alertRef, fail, succeed } = useActionFeedback({ text: fieldId });
  const [submitOpinion, { loading }] = useMutation(SubmitExpertOpinionMutationDocument);
  const rule = t('governance.meeting.opinions.check');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (loading) return;
    const trimmed = text.trim();
    const checked = feedbackFromChecks(
      trimmed.length < 10 || trimmed.length > 20000 ? { text: [rule] } : {},
      t,
    );
    if (checked) {
      fail(checked);
      return;
    }
    try {
      await submitOpinion({ variables: { input: { agendaItemId, text: trimmed } } });
      setText('');
      succeed(t('governance.meeting.opinions.sent'));
      await refresh();
    } catch (error) {
      const feedback = feedbackFromError(readApiError(error), t, { text: rule });
      // The usual refusal here is an item outside the engagement: say so in the reader's language.
      fail(
        isApiErrorCode(error, 'FORBIDDEN')
          ? { ...feedback, lead: t('governance.meeting.opinions.outOfScope') }
          : feedback,
      );
    }
  };

  const titleId = `${fieldId}-title`;
  return (
    <form noValidate className="mt-3" aria-labelledby={titleId} onSubmit={(event) => void submit(event)}>
      <h5 id={titleId} className="h6 mb-5">
        {t('governance.meeting.opinions.formTitle')}
      </h5>
      <TextAreaField
        id={fieldId}
        label={t('governance.meeting.opinions.text')}
        hint={t('governance.meeting.opinions.hint')}
        rows={4}
        maxLength={20000}
        value={text}
        errors={feedback?.fieldErrors.text}
        onChange={(event) => setText(event.target.value)}
      />
      <Button type="submit" color="primary" aria-disabled={loading || undefined}>
        {t('governance.meeting.opinions.submit')}
      </Button>
      <ActionAlert feedback={feedback} alertRef={alertRef} />
      <StatusMessage message={success} />
    </form>
  );
}
