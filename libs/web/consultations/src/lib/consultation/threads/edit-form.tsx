import { useMutation } from '@apollo/client/react';
import { ActionAlert, useActionFeedback } from '@piano2030/web-ui';
import { Button } from 'design-react-kit';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { BodyField } from './body-field';
import { checkBody, contributionFeedback } from './contribution-errors';
import type { Contribution } from './thread-store';
import { EditContributionMutationDocument } from './threads.documents';

/** The author's change to their text, within the edit window; the earlier text stays in the history. */
export function EditForm({
  contribution,
  onSaved,
  onCancel,
}: {
  contribution: Contribution;
  onSaved: (contribution: Contribution) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const id = `edit-${contribution.id}-body`;
  const [body, setBody] = useState(contribution.body ?? '');
  const { feedback, alertRef, fail } = useActionFeedback({ body: id });
  const [edit, { loading }] = useMutation(EditContributionMutationDocument);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (loading) return;
    const checked = checkBody(body, t);
    if (checked) {
      fail(checked);
      return;
    }
    try {
      const { data } = await edit({ variables: { input: { id: contribution.id, body } } });
      if (data) onSaved(data.editContribution);
    } catch (error) {
      fail(contributionFeedback(error, t, ['body']));
    }
  };
  return (
    <form
      noValidate
      onSubmit={(event) => void submit(event)}
      className="cons-edit mt-2"
      aria-label={t('consultations.contribution.editTitle')}
    >
      <ActionAlert feedback={feedback} alertRef={alertRef} className="mb-3" />
      <BodyField
        id={id}
        label={t('consultations.contribution.editBody')}
        value={body}
        errors={feedback?.fieldErrors['body']}
        onChange={setBody}
      />
      <div className="d-flex flex-wrap gap-2">
        <Button type="submit" color="primary" size="sm" aria-disabled={loading}>
          {t('consultations.contribution.save')}
        </Button>
        <Button type="button" color="primary" outline size="sm" onClick={onCancel}>
          {t('consultations.contribution.cancelEdit')}
        </Button>
      </div>
    </form>
  );
}
