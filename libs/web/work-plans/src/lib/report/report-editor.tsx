import { useMutation } from '@apollo/client/react';
import { WORK_PLAN_LIMITS } from '@piano2030/shared-domain';
import type { WorkPlanPageQuery } from '@piano2030/web-core';
import {
  ActionAlert,
  feedbackFromChecks,
  StatusMessage,
  TextAreaField,
  useActionFeedback,
} from '@piano2030/web-ui';
import { Button } from 'design-react-kit';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useWorkPlanActions } from '../plan/work-plan-context';
import { changeFeedback } from '../shared/change-feedback';
import { useExpectedRevision } from '../shared/use-expected-revision';
import { UpdateWorkPlanReportMutationDocument } from './report.documents';

const IDS = { introduction: 'report-introduction', nextSteps: 'report-next-steps' };

/**
 * The committee's own words around the data: an introduction and the next steps. The text starts
 * from what is saved and stays as typed across live reloads until saved.
 */
export function ReportEditor({
  plan,
  onDirtyChange,
}: {
  plan: WorkPlanPageQuery['workPlan'];
  onDirtyChange: (dirty: boolean) => void;
}) {
  const { t } = useTranslation();
  const { refresh } = useWorkPlanActions();
  const [introduction, setIntroduction] = useState(plan.reportIntroduction ?? '');
  const [nextSteps, setNextSteps] = useState(plan.reportNextSteps ?? '');
  const revision = useExpectedRevision(plan.revision, { heldFromStart: true });
  const { feedback, success, alertRef, fail, succeed } = useActionFeedback(IDS);
  const [save, { loading }] = useMutation(UpdateWorkPlanReportMutationDocument);
  const max = WORK_PLAN_LIMITS.reportTextMaxLength;
  const rule = t('workPlans.report.editor.check', { max });
  const edit = (set: (value: string) => void) => (event: { target: { value: string } }) => {
    set(event.target.value);
    onDirtyChange(true);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (loading) return;
    const checked = feedbackFromChecks(
      {
        ...(introduction.trim().length > max ? { introduction: [rule] } : {}),
        ...(nextSteps.trim().length > max ? { nextSteps: [rule] } : {}),
      },
      t,
    );
    if (checked) {
      fail(checked);
      return;
    }
    try {
      const { data } = await save({
        variables: {
          input: {
            workPlanId: plan.id,
            expectedRevision: revision.expected,
            introduction: introduction.trim(),
            nextSteps: nextSteps.trim(),
          },
        },
      });
      if (data) revision.catchUp(data.updateWorkPlanReport.revision);
      onDirtyChange(false);
      succeed(t('workPlans.report.editor.saved'));
      await refresh();
    } catch (error) {
      const { feedback: shown, currentRevision } = changeFeedback(error, t, 'plan', {
        introduction: rule,
        nextSteps: rule,
      });
      fail(shown);
      if (currentRevision !== null) {
        revision.catchUp(currentRevision);
        await refresh();
      }
    }
  };

  return (
    <form noValidate aria-labelledby="report-editor-title" onSubmit={(event) => void submit(event)}>
      <h3 id="report-editor-title" className="h4 mb-5">
        {t('workPlans.report.editor.title')}
      </h3>
      <TextAreaField
        id={IDS.introduction}
        label={t('workPlans.report.introduction')}
        hint={t('workPlans.report.editor.introductionHint')}
        rows={6}
        maxLength={max}
        value={introduction}
        errors={feedback?.fieldErrors.introduction}
        onChange={edit(setIntroduction)}
      />
      <TextAreaField
        id={IDS.nextSteps}
        label={t('workPlans.report.nextSteps')}
        hint={t('workPlans.report.editor.nextStepsHint')}
        rows={6}
        maxLength={max}
        value={nextSteps}
        errors={feedback?.fieldErrors.nextSteps}
        onChange={edit(setNextSteps)}
      />
      <Button type="submit" color="primary" aria-disabled={loading || undefined}>
        {t('workPlans.report.editor.save')}
      </Button>
      <ActionAlert feedback={feedback} alertRef={alertRef} />
      <StatusMessage message={success} />
    </form>
  );
}
