import { useMutation } from '@apollo/client/react';
import type { WorkPlanPageQuery } from '@piano2030/web-core';
import { ActionAlert, focusSoon, useActionFeedback } from '@piano2030/web-ui';
import { Button } from 'design-react-kit';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { PLAN_STATUS_ID, useWorkPlanActions } from '../plan/work-plan-context';
import type { CabinaMeeting } from '../reference/use-work-plan-people';
import { CabinaMeetingField, chosenMeetingId } from '../shared/cabina-meeting-field';
import { changeFeedback } from '../shared/change-feedback';
import { SubmitWorkPlanReportMutationDocument } from './report.documents';

const MEETING_FIELD_ID = 'report-meeting';

/** The committee's chair freezes the report and puts it on a Cabina agenda for approval. */
export function SubmitReportForm({
  plan,
  meetings,
  unsaved,
}: {
  plan: WorkPlanPageQuery['workPlan'];
  meetings: readonly CabinaMeeting[];
  /** The editor above holds text not saved yet: the report would go without it. */
  unsaved: boolean;
}) {
  const { t } = useTranslation();
  const { refresh, announce } = useWorkPlanActions();
  const [chosen, setChosen] = useState<string | null>(null);
  const { feedback, alertRef, fail, reset } = useActionFeedback({ meetingId: MEETING_FIELD_ID });
  const [submitReport, { loading }] = useMutation(SubmitWorkPlanReportMutationDocument);
  const meetingId = chosenMeetingId(chosen, meetings);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (loading) return;
    if (unsaved) {
      fail({ lead: t('workPlans.report.submit.unsaved'), fieldErrors: {} });
      return;
    }
    try {
      await submitReport({
        variables: {
          input: { workPlanId: plan.id, expectedRevision: plan.revision, meetingId: meetingId || null },
        },
      });
      reset();
      announce(t('workPlans.report.submit.done'));
      await refresh();
      focusSoon(PLAN_STATUS_ID);
    } catch (error) {
      const { feedback: shown, currentRevision } = changeFeedback(error, t, 'plan', {
        meetingId: t('workPlans.meetingField.check'),
      });
      fail(shown);
      if (currentRevision !== null) await refresh();
    }
  };

  return (
    <form
      noValidate
      aria-labelledby="submit-report-title"
      onSubmit={(event) => void submit(event)}
      className="mt-5"
    >
      <h3 id="submit-report-title" className="h4">
        {t('workPlans.report.submit.title')}
      </h3>
      <p className="mb-5">{t('workPlans.report.submit.intro')}</p>
      {meetings.length === 0 ? (
        <p className="fw-semibold">{t('workPlans.meetingField.none')}</p>
      ) : (
        <>
          <CabinaMeetingField
            id={MEETING_FIELD_ID}
            meetings={meetings}
            value={meetingId}
            errors={feedback?.fieldErrors.meetingId}
            onChange={setChosen}
          />
          <Button type="submit" color="primary" aria-disabled={loading || undefined}>
            {t('workPlans.report.submit.submit')}
          </Button>
        </>
      )}
      <ActionAlert feedback={feedback} alertRef={alertRef} />
    </form>
  );
}
