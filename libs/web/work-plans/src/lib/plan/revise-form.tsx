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
import { ReviseWorkPlanMutationDocument } from './work-plan-page.documents';

const FIELD_ID = 'revise-summary';

/** The committee answers the Cabina's remarks: a new draft version, starting from the returned one. */
export function ReviseForm({ plan }: { plan: WorkPlanPageQuery['workPlan'] }) {
  const { t } = useTranslation();
  const { refresh, announce } = useWorkPlanActions();
  const [summary, setSummary] = useState('');
  const revision = useExpectedRevision(plan.revision);
  const { feedback, alertRef, fail, reset } = useActionFeedback({ summary: FIELD_ID });
  const [revise, { loading }] = useMutation(ReviseWorkPlanMutationDocument);
  const max = WORK_PLAN_LIMITS.descriptionMaxLength;
  const rule = t('workPlans.create.checks.summary', { max });
  const returned = plan.versions[plan.versions.length - 1];

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (loading) return;
    const length = summary.trim().length;
    const checked = feedbackFromChecks(length < 10 || length > max ? { summary: [rule] } : {}, t);
    if (checked) {
      fail(checked);
      return;
    }
    try {
      await revise({
        variables: {
          input: { workPlanId: plan.id, expectedRevision: revision.expected, summary: summary.trim() },
        },
      });
      reset();
      setSummary('');
      revision.release();
      announce(t('workPlans.steps.revised', { number: returned.number + 1 }));
      await refresh();
      focusSoon(PLAN_STATUS_ID);
    } catch (error) {
      const { feedback: shown, currentRevision } = changeFeedback(error, t, 'plan', { summary: rule });
      fail(shown);
      if (currentRevision !== null) {
        revision.catchUp(currentRevision);
        await refresh();
      }
    }
  };

  return (
    <form noValidate aria-labelledby="revise-title" onSubmit={(event) => void submit(event)}>
      <h3 id="revise-title" className="h5 mb-4">
        {t('workPlans.steps.revise.title')}
      </h3>
      <p className="mb-5">{t('workPlans.steps.revise.intro', { number: returned.number })}</p>
      <TextAreaField
        required
        id={FIELD_ID}
        label={t('workPlans.steps.revise.summary')}
        hint={t('workPlans.steps.revise.hint')}
        rows={4}
        maxLength={max}
        value={summary}
        errors={feedback?.fieldErrors.summary}
        onChange={(event) => {
          revision.hold();
          setSummary(event.target.value);
        }}
      />
      <Button type="submit" color="primary" aria-disabled={loading || undefined}>
        {t('workPlans.steps.revise.submit')}
      </Button>
      <ActionAlert feedback={feedback} alertRef={alertRef} />
    </form>
  );
}
