import { useMutation } from '@apollo/client/react';
import { SWOT_LIMITS } from '@piano2030/shared-domain';
import type { SwotItemFieldsFragment } from '@piano2030/web-core';
import { feedbackFromChecks, focusSoon, TextAreaField, useActionFeedback } from '@piano2030/web-ui';
import { Button } from 'design-react-kit';
import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FeedbackSummary } from '../shared/feedback-summary';
import { swotItemId, swotWithdrawnId, useSwotActions } from './swot-context';
import { swotRules } from './swot-draft';
import { swotChangeFeedback } from './swot-feedback';
import { WithdrawSwotItemMutationDocument } from './swot.documents';

/**
 * Withdrawing asks why, then takes the item out of the analysis: it stays in the record, marked
 * withdrawn, and leaves the public page with the next edition. Focus returns to the item.
 */
export function WithdrawSwotItem({ item, about }: { item: SwotItemFieldsFragment; about: ReactNode }) {
  const { t } = useTranslation();
  const { refresh, announce } = useSwotActions();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const { feedback, alertRef, fail, reset } = useActionFeedback();
  const [withdraw, { loading }] = useMutation(WithdrawSwotItemMutationDocument);
  const ids = {
    start: `${swotItemId(item.id)}-withdraw`,
    reason: `${swotItemId(item.id)}-withdraw-reason`,
    heading: `${swotItemId(item.id)}-withdraw-heading`,
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (loading) return;
    const length = reason.trim().length;
    const rule = t('context.swot.checks.withdrawReason', { max: SWOT_LIMITS.reasonMaxLength });
    const checked = feedbackFromChecks(
      length === 0 || length > SWOT_LIMITS.reasonMaxLength ? { reason: [rule] } : {},
      t,
    );
    if (checked) {
      fail(checked);
      return;
    }
    try {
      await withdraw({
        variables: { input: { id: item.id, expectedVersion: item.version, reason: reason.trim() } },
      });
      reset();
      setOpen(false);
      announce(t('context.swot.withdrawn'));
      await refresh();
      focusSoon(swotWithdrawnId(item.quadrant));
    } catch (error) {
      const shown = swotChangeFeedback(error, t, { ...swotRules(t), reason: rule });
      fail(shown.feedback);
      if (shown.current) await refresh();
    }
  };

  if (!open) {
    return (
      <Button
        id={ids.start}
        color="danger"
        outline
        size="xs"
        onClick={() => {
          setOpen(true);
          focusSoon(ids.reason);
        }}
      >
        {t('context.swot.withdraw.open')}
        {about}
      </Button>
    );
  }
  return (
    <form
      noValidate
      aria-labelledby={ids.heading}
      className="swot-form w-100 mt-2 p-2 p-sm-3 border border-danger rounded bg-white"
      onSubmit={(event) => void submit(event)}
    >
      <h4 id={ids.heading} className="h6">
        {t('context.swot.withdraw.title')}
      </h4>
      <FeedbackSummary
        feedback={feedback}
        alertRef={alertRef}
        fieldId={(field) => (field === 'reason' ? ids.reason : undefined)}
        className="mb-3"
      />
      <TextAreaField
        required
        id={ids.reason}
        label={t('context.swot.withdraw.reason')}
        hint={t('context.swot.withdraw.hint')}
        rows={2}
        maxLength={SWOT_LIMITS.reasonMaxLength}
        value={reason}
        errors={feedback?.fieldErrors.reason}
        onChange={(event) => setReason(event.target.value)}
      />
      <div className="d-flex flex-wrap gap-2">
        <Button type="submit" color="danger" size="sm" aria-disabled={loading || undefined}>
          {t('context.swot.withdraw.confirm')}
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
