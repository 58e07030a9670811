import { useMutation } from '@apollo/client/react';
import type { WorkPlanPageQuery } from '@piano2030/web-core';
import { ActionAlert, focusSoon, useActionFeedback } from '@piano2030/web-ui';
import { Button } from 'design-react-kit';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { changeFeedback } from '../shared/change-feedback';
import { PLAN_STATUS_ID, useWorkPlanActions } from './work-plan-context';
import { CloseWorkPlanMutationDocument } from './work-plan-page.documents';

/**
 * The committee's chair ends execution; the report opens as a draft. Closing cannot be undone, so
 * it asks once more, and the confirmation takes focus so keyboard users meet it straight away.
 */
export function ClosePlan({ plan }: { plan: WorkPlanPageQuery['workPlan'] }) {
  const { t } = useTranslation();
  const { refresh, announce } = useWorkPlanActions();
  const [confirming, setConfirming] = useState(false);
  const { feedback, alertRef, fail, reset } = useActionFeedback();
  const [close, { loading }] = useMutation(CloseWorkPlanMutationDocument);

  const ask = () => {
    setConfirming(true);
    focusSoon('close-plan-confirm');
  };
  const cancel = () => {
    setConfirming(false);
    focusSoon('close-plan-start');
  };
  const run = async () => {
    if (loading) return;
    try {
      await close({ variables: { input: { workPlanId: plan.id, expectedRevision: plan.revision } } });
      reset();
      announce(t('workPlans.steps.closed'));
      await refresh();
      focusSoon(PLAN_STATUS_ID);
    } catch (error) {
      const { feedback: shown, currentRevision } = changeFeedback(error, t, 'plan');
      setConfirming(false);
      fail(shown);
      if (currentRevision !== null) await refresh();
    }
  };

  return (
    <div className="mt-4">
      <h3 className="h5">{t('workPlans.steps.close.title')}</h3>
      <p>{t('workPlans.steps.close.intro')}</p>
      {confirming ? (
        <div
          role="group"
          aria-labelledby="close-plan-question"
          className="d-flex flex-wrap align-items-center gap-2"
        >
          <p id="close-plan-question" className="fw-semibold w-100 mb-1">
            {t('workPlans.steps.close.question', { quarter: plan.period.label })}
          </p>
          <Button
            id="close-plan-confirm"
            color="danger"
            aria-disabled={loading || undefined}
            onClick={() => void run()}
          >
            {t('workPlans.steps.close.confirm')}
          </Button>
          <Button color="primary" outline onClick={cancel}>
            {t('workPlans.cancel')}
          </Button>
        </div>
      ) : (
        <Button id="close-plan-start" color="primary" outline onClick={ask}>
          {t('workPlans.steps.close.submit')}
        </Button>
      )}
      <ActionAlert feedback={feedback} alertRef={alertRef} />
    </div>
  );
}
