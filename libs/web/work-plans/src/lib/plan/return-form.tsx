import { useMutation } from '@apollo/client/react';
import { WORK_PLAN_LIMITS } from '@piano2030/shared-domain';
import type { WorkPlanPageQuery } from '@piano2030/web-core';
import {
  ActionAlert,
  feedbackFromChecks,
  focusSoon,
  TextAreaField,
  useActionFeedback,
} from '@piano2030/web-ui';
import { Button } from 'design-react-kit';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { changeFeedback } from '../shared/change-feedback';
import { useExpectedRevision } from '../shared/use-expected-revision';
import { PLAN_STATUS_ID, useWorkPlanActions } from './work-plan-context';
import { ReturnWorkPlanMutationDocument } from './work-plan-page.documents';

const FIELD_ID = 'return-remarks';

/** The Cabina's chair sends the proposal back with the board's remarks, once its meeting has begun. */
export function ReturnForm({ plan }: { plan: WorkPlanPageQuery['workPlan'] }) {
  const { t } = useTranslation();
  const { refresh, announce } = useWorkPlanActions();
  const [remarks, setRemarks] = useState('');
  const revision = useExpectedRevision(plan.revision);
  const { feedback, alertRef, fail, reset } = useActionFeedback({ remarks: FIELD_ID });
  const [returnPlan, { loading }] = useMutation(ReturnWorkPlanMutationDocument);
  const { remarksMinLength: min, descriptionMaxLength: max } = WORK_PLAN_LIMITS;
  const rule = t('workPlans.steps.return.check', { min, max });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (loading) return;
    const length = remarks.trim().length;
    const checked = feedbackFromChecks(length < min || length > max ? { remarks: [rule] } : {}, t);
    if (checked) {
      fail(checked);
      return;
    }
    try {
      await returnPlan({
        variables: {
          input: { workPlanId: plan.id, expectedRevision: revision.expected, remarks: remarks.trim() },
        },
      });
      reset();
      setRemarks('');
      revision.release();
      announce(t('workPlans.steps.returned'));
      await refresh();
      focusSoon(PLAN_STATUS_ID);
    } catch (error) {
      const { feedback: shown, currentRevision } = changeFeedback(error, t, 'plan', { remarks: rule });
      fail(shown);
      if (currentRevision !== null) {
        revision.catchUp(currentRevision);
        await refresh();
      }
    }
  };

  return (
    <form noValidate aria-labelledby="return-title" onSubmit={(event) => void submit(event)}>
      <h3 id="return-title" className="h5 mb-4">
        {t('workPlans.steps.return.title')}
      </h3>
      <p className="mb-5">{t('workPlans.steps.return.intro')}</p>
      <TextAreaField
        required
        id={FIELD_ID}
        label={t('workPlans.steps.return.remarks')}
        hint={t('workPlans.steps.return.hint', { min, max })}
        rows={5}
        maxLength={max}
        value={remarks}
        errors={feedback?.fieldErrors.remarks}
        onChange={(event) => {
          revision.hold();
          setRemarks(event.target.value);
        }}
      />
      <Button type="submit" color="primary" aria-disabled={loading || undefined}>
        {t('workPlans.steps.return.submit')}
      </Button>
      <ActionAlert feedback={feedback} alertRef={alertRef} />
    </form>
  );
}
