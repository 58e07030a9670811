import { useMutation } from '@apollo/client/react';
import type { WorkPlanPageQuery } from '@piano2030/web-core';
import { ActionAlert, focusSoon, useActionFeedback } from '@piano2030/web-ui';
import { Button } from 'design-react-kit';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CabinaMeeting } from '../reference/use-work-plan-people';
import { CabinaMeetingField, chosenMeetingId } from '../shared/cabina-meeting-field';
import { changeFeedback } from '../shared/change-feedback';
import { PLAN_STATUS_ID, useWorkPlanActions } from './work-plan-context';
import { ProposeWorkPlanMutationDocument } from './work-plan-page.documents';

const MEETING_FIELD_ID = 'propose-meeting';

/**
 * The committee freezes its draft and puts it on a Cabina agenda. The button acts on the plan as
 * the page shows it, which live updates keep current.
 */
export function ProposeForm({
  plan,
  meetings,
}: {
  plan: WorkPlanPageQuery['workPlan'];
  meetings: readonly CabinaMeeting[];
}) {
  const { t } = useTranslation();
  const { refresh, announce } = useWorkPlanActions();
  const [chosen, setChosen] = useState<string | null>(null);
  const { feedback, alertRef, fail, reset } = useActionFeedback({ meetingId: MEETING_FIELD_ID });
  const [propose, { loading }] = useMutation(ProposeWorkPlanMutationDocument);
  const meetingId = chosenMeetingId(chosen, meetings);
  const activities = plan.versions[plan.versions.length - 1].activities.length;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (loading) return;
    try {
      await propose({
        variables: {
          input: { workPlanId: plan.id, expectedRevision: plan.revision, meetingId: meetingId || null },
        },
      });
      reset();
      announce(t('workPlans.steps.proposed'));
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
    <form noValidate aria-labelledby="propose-title" onSubmit={(event) => void submit(event)}>
      <h3 id="propose-title" className="h5">
        {t('workPlans.steps.propose.title')}
      </h3>
      <p className="mb-5">{t('workPlans.steps.propose.intro', { count: activities })}</p>
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
            {t('workPlans.steps.propose.submit')}
          </Button>
        </>
      )}
      <ActionAlert feedback={feedback} alertRef={alertRef} />
    </form>
  );
}
