import { useMutation } from '@apollo/client/react';
import { readApiError, type FieldErrors } from '@piano2030/web-core';
import {
  ActionAlert,
  feedbackFromChecks,
  feedbackFromError,
  focusSoon,
  FormField,
  romeLocalToDate,
  useActionFeedback,
} from '@piano2030/web-ui';
import { Button } from 'design-react-kit';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMeetingActions } from './meeting-context';
import { OpenVoteMutationDocument } from './meeting-page.documents';

/**
 * The chair opens a vote on an agenda item: behind a disclosure button, since most items have
 * nothing to change. The motion defaults to the item's title; a deadline lets absent members vote.
 */
export function OpenVoteForm({
  agendaItemId,
  position,
  onOpened,
}: {
  agendaItemId: string;
  position: number;
  onOpened: (message: string) => void;
}) {
  const { t } = useTranslation();
  const { refresh } = useMeetingActions();
  const [expanded, setExpanded] = useState(false);
  const [motion, setMotion] = useState('');
  const [deadline, setDeadline] = useState('');
  const ids = { title: `open-vote-${agendaItemId}-motion`, deadline: `open-vote-${agendaItemId}-deadline` };
  const { feedback, alertRef, fail, reset } = useActionFeedback(ids);
  const [open, { loading }] = useMutation(OpenVoteMutationDocument);
  const formId = `open-vote-${agendaItemId}`;
  const rules = {
    title: t('governance.meeting.vote.checks.motion'),
    deadline: t('governance.meeting.vote.checks.deadline'),
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (loading) return;
    const errors: FieldErrors = {};
    const title = motion.trim();
    if (title && (title.length < 3 || title.length > 300)) errors.title = [rules.title];
    const until = deadline ? romeLocalToDate(deadline) : null;
    if (deadline && (!until || until.getTime() <= Date.now())) errors.deadline = [rules.deadline];
    const checked = feedbackFromChecks(errors, t);
    if (checked) {
      fail(checked);
      return;
    }
    try {
      await open({
        variables: {
          input: { agendaItemId, title: title || null, deadline: until ? until.toISOString() : null },
        },
      });
      reset();
      setExpanded(false);
      setMotion('');
      setDeadline('');
      onOpened(t('governance.meeting.vote.opened'));
      await refresh();
      // The disclosure button goes away while the vote is open: focus goes to the item it belongs to.
      focusSoon(`agenda-item-${agendaItemId}`);
    } catch (error) {
      fail(feedbackFromError(readApiError(error), t, rules));
    }
  };

  const label = t('governance.meeting.vote.openTitle', { position });
  return (
    <div className="mt-3">
      <Button
        color="primary"
        outline={expanded}
        aria-expanded={expanded}
        aria-controls={formId}
        onClick={() => setExpanded(!expanded)}
      >
        {label}
      </Button>
      {expanded && (
        <form
          id={formId}
          noValidate
          className="mt-3 px-3 pb-3 pt-5 border rounded"
          aria-label={label}
          onSubmit={(event) => void submit(event)}
        >
          <FormField
            id={ids.title}
            label={t('governance.meeting.vote.motion')}
            hint={t('governance.meeting.vote.motionHint')}
            maxLength={300}
            value={motion}
            errors={feedback?.fieldErrors.title}
            onChange={(event) => setMotion(event.target.value)}
          />
          <FormField
            id={ids.deadline}
            type="datetime-local"
            label={t('governance.meeting.vote.deadlineField')}
            hint={t('governance.meeting.vote.deadlineHint')}
            value={deadline}
            errors={feedback?.fieldErrors.deadline}
            onChange={(event) => setDeadline(event.target.value)}
          />
          <Button type="submit" color="primary" aria-disabled={loading || undefined}>
            {t('governance.meeting.vote.openSubmit')}
          </Button>
          <ActionAlert feedback={feedback} alertRef={alertRef} />
        </form>
      )}
    </div>
  );
}
