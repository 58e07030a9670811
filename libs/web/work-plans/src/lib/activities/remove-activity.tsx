import { useMutation } from '@apollo/client/react';
import type { WorkPlanActivityFieldsFragment } from '@piano2030/web-core';
import { ActionAlert, focusSoon, useActionFeedback } from '@piano2030/web-ui';
import { Button } from 'design-react-kit';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useWorkPlanActions } from '../plan/work-plan-context';
import { changeFeedback } from '../shared/change-feedback';
import { RemoveActivityMutationDocument } from './activities.documents';

/** Focus goes here once an activity is gone: the heading of the list it was in. */
export const ACTIVITIES_TITLE_ID = 'activities-title';

/** Removing asks once more; the activity goes, and the page says so where focus lands. */
export function RemoveActivity({ activity }: { activity: WorkPlanActivityFieldsFragment }) {
  const { t } = useTranslation();
  const { refresh, announce } = useWorkPlanActions();
  const [confirming, setConfirming] = useState(false);
  const { feedback, alertRef, fail, reset } = useActionFeedback();
  const [remove, { loading }] = useMutation(RemoveActivityMutationDocument);
  const ids = { start: `remove-${activity.id}`, confirm: `remove-${activity.id}-confirm` };

  const run = async () => {
    if (loading) return;
    try {
      await remove({
        variables: { input: { activityId: activity.id, expectedRevision: activity.revision } },
      });
      reset();
      announce(t('workPlans.activity.removed', { title: activity.title }));
      await refresh();
      focusSoon(ACTIVITIES_TITLE_ID);
    } catch (error) {
      const { feedback: shown, currentRevision } = changeFeedback(error, t, 'activity');
      setConfirming(false);
      fail(shown);
      if (currentRevision !== null) await refresh();
    }
  };

  if (!confirming) {
    return (
      <>
        <Button
          id={ids.start}
          color="danger"
          outline
          size="sm"
          onClick={() => {
            setConfirming(true);
            focusSoon(ids.confirm);
          }}
        >
          {t('workPlans.activity.remove')}
          <span className="visually-hidden"> – {activity.title}</span>
        </Button>
        <ActionAlert feedback={feedback} alertRef={alertRef} className="mt-2 w-100" />
      </>
    );
  }
  return (
    <div role="group" aria-labelledby={`${ids.confirm}-question`} className="w-100">
      <p id={`${ids.confirm}-question`} className="fw-semibold mb-2">
        {t('workPlans.activity.removeQuestion', { title: activity.title })}
      </p>
      <div className="d-flex flex-wrap gap-2">
        <Button
          id={ids.confirm}
          color="danger"
          size="sm"
          aria-disabled={loading || undefined}
          onClick={() => void run()}
        >
          {t('workPlans.activity.removeConfirm')}
        </Button>
        <Button
          color="primary"
          outline
          size="sm"
          onClick={() => {
            setConfirming(false);
            focusSoon(ids.start);
          }}
        >
          {t('workPlans.cancel')}
        </Button>
      </div>
    </div>
  );
}
