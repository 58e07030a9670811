import { useMutation } from '@apollo/client/react';
import { readApiError, type MeetingStatus } from '@piano2030/web-core';
import { ActionAlert, feedbackFromError, focusSoon, useActionFeedback } from '@piano2030/web-ui';
import { Button } from 'design-react-kit';
import { useTranslation } from 'react-i18next';
import { CloseMeetingMutationDocument, StartMeetingMutationDocument } from './meeting-page.documents';
import { MEETING_STATUS_ID, useMeetingActions } from './meeting-context';

/** The chair opens and closes the meeting; each button shows only when the API says it may be used. */
export function MeetingConduct({
  meetingId,
  status,
  canStart,
  canClose,
}: {
  meetingId: string;
  status: MeetingStatus;
  canStart: boolean;
  canClose: boolean;
}) {
  const { t } = useTranslation();
  const { refresh, announce } = useMeetingActions();
  const { feedback, alertRef, fail, reset } = useActionFeedback();
  const [start, starting] = useMutation(StartMeetingMutationDocument);
  const [close, closing] = useMutation(CloseMeetingMutationDocument);
  const showStart = canStart && status === 'SCHEDULED';
  const showClose = canClose && status === 'IN_PROGRESS';

  const busy = starting.loading || closing.loading;
  const run = async (action: () => Promise<unknown>, message: string) => {
    if (busy) return;
    try {
      await action();
      reset();
      // The button goes away with the new status: the page's live region says what happened.
      announce(message);
      await refresh();
      focusSoon(MEETING_STATUS_ID);
    } catch (error) {
      fail(feedbackFromError(readApiError(error), t));
    }
  };

  return (
    <section aria-labelledby="conduct-title" className="mt-4 p-4 border border-primary rounded">
      <h2 id="conduct-title" className="h4">
        {t('governance.meeting.conduct.title')}
      </h2>
      {showStart && (
        <>
          <p>{t('governance.meeting.conduct.startHint')}</p>
          <Button
            color="primary"
            aria-disabled={busy || undefined}
            onClick={() =>
              void run(() => start({ variables: { meetingId } }), t('governance.meeting.conduct.started'))
            }
          >
            {t('governance.meeting.conduct.start')}
          </Button>
        </>
      )}
      {showClose && (
        <>
          <p>{t('governance.meeting.conduct.closeHint')}</p>
          <Button
            color="primary"
            outline
            aria-disabled={busy || undefined}
            onClick={() =>
              void run(() => close({ variables: { meetingId } }), t('governance.meeting.conduct.closed'))
            }
          >
            {t('governance.meeting.conduct.close')}
          </Button>
        </>
      )}
      <ActionAlert feedback={feedback} alertRef={alertRef} />
    </section>
  );
}
