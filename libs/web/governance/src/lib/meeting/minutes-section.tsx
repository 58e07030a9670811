import { useMutation } from '@apollo/client/react';
import { paths, readApiError, type MeetingPageQuery } from '@piano2030/web-core';
import {
  ActionAlert,
  feedbackFromChecks,
  feedbackFromError,
  focusSoon,
  SelectField,
  StatusMessage,
  TextAreaField,
  useActionFeedback,
} from '@piano2030/web-ui';
import { Badge, Button } from 'design-react-kit';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { chronological } from '../meetings-order';
import { useMeetingActions } from './meeting-context';
import { ApproveMinutesMutationDocument, DraftMinutesMutationDocument } from './meeting-page.documents';

type Meeting = MeetingPageQuery['meeting'];

const STATUS_COLOR = { NONE: 'secondary', DRAFT: 'warning', APPROVED: 'success' } as const;

/** The minutes as the API gives them: public once approved, drafts only to the body's members. */
export function MinutesSection({ meeting, canDraft }: { meeting: Meeting; canDraft: boolean }) {
  const { t } = useTranslation();
  return (
    <>
      <p className="d-flex flex-wrap align-items-center gap-2">
        <Badge color={STATUS_COLOR[meeting.minutesStatus]}>
          {t(`governance.minutesStatus.${meeting.minutesStatus}`)}
        </Badge>
        {meeting.minutesApprovedAt && (
          <span>
            {t('governance.meeting.minutes.approvedAt')}{' '}
            <Link to={paths.meeting(meeting.minutesApprovedAt.id)}>{meeting.minutesApprovedAt.title}</Link>
          </span>
        )}
      </p>
      {meeting.minutes ? (
        <>
          {meeting.minutesStatus === 'DRAFT' && (
            <p className="small">{t('governance.meeting.minutes.draftNote')}</p>
          )}
          <div className="minutes-text border-start border-3 ps-3">{meeting.minutes}</div>
        </>
      ) : (
        <p>{t('governance.meeting.minutes.none')}</p>
      )}
      {canDraft && <DraftMinutesForm meetingId={meeting.id} initial={meeting.minutes ?? ''} />}
    </>
  );
}

function DraftMinutesForm({ meetingId, initial }: { meetingId: string; initial: string }) {
  const { t } = useTranslation();
  const { refresh } = useMeetingActions();
  const [text, setText] = useState(initial);
  const fieldId = 'minutes-text';
  const { feedback, success, alertRef, fail, succeed } = useActionFeedback({ text: fieldId });
  const [draft, { loading }] = useMutation(DraftMinutesMutationDocument);
  const rule = t('governance.meeting.minutes.check');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (loading) return;
    const checked = feedbackFromChecks(text.trim().length < 10 ? { text: [rule] } : {}, t);
    if (checked) {
      fail(checked);
      return;
    }
    try {
      await draft({ variables: { input: { meetingId, text: text.trim() } } });
      succeed(t('governance.meeting.minutes.saved'));
      await refresh();
    } catch (error) {
      fail(feedbackFromError(readApiError(error), t, { text: rule }));
    }
  };

  return (
    <form
      noValidate
      className="mt-4"
      aria-labelledby="minutes-form-title"
      onSubmit={(event) => void submit(event)}
    >
      <h3 id="minutes-form-title" className="h5 mb-5">
        {t('governance.meeting.minutes.editTitle')}
      </h3>
      <TextAreaField
        id={fieldId}
        label={t('governance.meeting.minutes.text')}
        hint={t('governance.meeting.minutes.hint')}
        rows={10}
        maxLength={100000}
        value={text}
        errors={feedback?.fieldErrors.text}
        onChange={(event) => setText(event.target.value)}
      />
      <Button type="submit" color="primary" aria-disabled={loading || undefined}>
        {t('governance.meeting.minutes.save')}
      </Button>
      <ActionAlert feedback={feedback} alertRef={alertRef} />
      <StatusMessage message={success} />
    </form>
  );
}

/** Earlier meetings of the same body whose minutes wait for approval. */
export function minutesAwaitingApproval(meeting: Meeting) {
  return chronological(meeting.body.meetings).filter(
    (earlier) =>
      earlier.id !== meeting.id &&
      earlier.status === 'CLOSED' &&
      earlier.minutesStatus === 'DRAFT' &&
      earlier.startsAt < meeting.startsAt,
  );
}

/** At a meeting in progress, the chair has earlier minutes approved. */
export function ApproveMinutesForm({ meeting }: { meeting: Meeting }) {
  const { t, i18n } = useTranslation();
  const { refresh } = useMeetingActions();
  const [chosen, setChosen] = useState('');
  const fieldId = 'approve-minutes-meeting';
  const { feedback, success, alertRef, fail, succeed } = useActionFeedback({ meetingId: fieldId });
  const [approve, { loading }] = useMutation(ApproveMinutesMutationDocument);
  const candidates = minutesAwaitingApproval(meeting);
  const day = new Intl.DateTimeFormat(i18n.resolvedLanguage, {
    dateStyle: 'medium',
    timeZone: 'Europe/Rome',
  });
  const rule = t('governance.meeting.minutes.approveCheck');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (loading) return;
    const checked = feedbackFromChecks(chosen ? {} : { meetingId: [rule] }, t);
    if (checked) {
      fail(checked);
      return;
    }
    try {
      await approve({ variables: { input: { meetingId: chosen, atMeetingId: meeting.id } } });
      setChosen('');
      succeed(t('governance.meeting.minutes.approved'));
      await refresh();
      // Approving the last draft removes the select and its button.
      focusSoon('approve-minutes-title');
    } catch (error) {
      fail(feedbackFromError(readApiError(error), t, { meetingId: rule }));
    }
  };

  return (
    <form noValidate aria-labelledby="approve-minutes-title" onSubmit={(event) => void submit(event)}>
      <h2 id="approve-minutes-title" className="h4" tabIndex={-1}>
        {t('governance.meeting.minutes.approveTitle')}
      </h2>
      <p className="mb-5">{t('governance.meeting.minutes.approveIntro')}</p>
      {candidates.length === 0 && <p>{t('governance.meeting.minutes.noneToApprove')}</p>}
      {candidates.length > 0 && (
        <>
          <SelectField
            id={fieldId}
            label={t('governance.meeting.minutes.approveSelect')}
            value={chosen}
            errors={feedback?.fieldErrors.meetingId}
            options={[
              { value: '', label: t('governance.meeting.minutes.choose') },
              ...candidates.map((earlier) => ({
                value: earlier.id,
                label: `${earlier.title} (${day.format(new Date(earlier.startsAt))})`,
              })),
            ]}
            onChange={(event) => setChosen(event.target.value)}
          />
          <Button type="submit" color="primary" aria-disabled={loading || undefined}>
            {t('governance.meeting.minutes.approveSubmit')}
          </Button>
        </>
      )}
      <ActionAlert feedback={feedback} alertRef={alertRef} />
      <StatusMessage message={success} />
    </form>
  );
}
