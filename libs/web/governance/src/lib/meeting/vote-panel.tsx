import { useMutation } from '@apollo/client/react';
import { BALLOT_CHOICES } from '@piano2030/shared-domain';
import {
  readApiError,
  useGraphQLLocale,
  type BallotChoice,
  type DecisionSummaryFragment,
  type VoteFieldsFragment,
} from '@piano2030/web-core';
import {
  ActionAlert,
  feedbackFromError,
  focusSoon,
  FormattedDate,
  StatusMessage,
  useActionFeedback,
} from '@piano2030/web-ui';
import { Badge, Button, Progress } from 'design-react-kit';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TallyBar } from '../charts/tally-bar';
import { ResultBadge } from '../result-badge';
import { CastVoteMutationDocument, CloseVoteMutationDocument } from './meeting-page.documents';
import { useMeetingActions } from './meeting-context';

/**
 * One vote on an agenda item: its live turnout (announced as it changes), the results once the body
 * shows them, and the decision once closed. Members cast or change their ballot here; the chair closes it.
 */
export function VotePanel({
  vote,
  canCast,
  canClose,
}: {
  vote: VoteFieldsFragment;
  canCast: boolean;
  canClose: boolean;
}) {
  const { t } = useTranslation();
  const [closedMessage, setClosedMessage] = useState<string | null>(null);
  const open = vote.status === 'OPEN';
  const { voted, eligible } = vote.turnout;
  const turnout = t('governance.meeting.vote.turnout', { voted, eligible });
  const titleId = `vote-${vote.id}-title`;
  return (
    <article className="border rounded p-3 mb-3 bg-white" aria-labelledby={titleId}>
      <h4 id={titleId} tabIndex={-1} className="h6 d-flex flex-wrap align-items-center gap-2">
        {t('governance.meeting.vote.heading', { title: vote.title })}
        <Badge color={open ? 'primary' : 'secondary'}>{t(`governance.meeting.vote.${vote.status}`)}</Badge>
      </h4>
      {open && vote.deadline && (
        <p className="mb-2">
          {t('governance.meeting.vote.deadline')} <FormattedDate value={vote.deadline} withTime />
        </p>
      )}
      <p className="fw-semibold mb-1" aria-live="polite" aria-atomic="true">
        {turnout}
      </p>
      <Progress
        wrapperClassName="mb-3 turnout-progress"
        value={eligible ? Math.round((voted / eligible) * 100) : 0}
        aria-label={t('governance.meeting.vote.tallyCaption')}
        aria-valuetext={turnout}
      />
      {open && vote.resultsHidden && <p className="mb-2">{t('governance.meeting.vote.resultsHidden')}</p>}
      {open && vote.tally && <TallyBar tally={vote.tally} />}
      {vote.decision && <DecisionOutcome decision={vote.decision} />}
      {open && canCast && <CastBallot vote={vote} />}
      {open && canClose && <CloseVote voteId={vote.id} onClosed={setClosedMessage} />}
      <StatusMessage message={closedMessage} />
    </article>
  );
}

export function DecisionOutcome({ decision }: { decision: DecisionSummaryFragment }) {
  const { t } = useTranslation();
  return (
    <div className="mt-2">
      <p className="d-flex flex-wrap align-items-center gap-2 mb-1">
        <strong>{t('governance.meeting.vote.decision', { reference: decision.reference })}</strong>
        <ResultBadge result={decision.result} />
      </p>
      <p>{decision.reason}</p>
      <TallyBar tally={decision.tally} />
    </div>
  );
}

/** Four buttons, the current ballot pressed; pressing another changes it while the vote is open. */
function CastBallot({ vote }: { vote: VoteFieldsFragment }) {
  const { t } = useTranslation();
  const { refresh } = useMeetingActions();
  const { feedback, success, alertRef, fail, succeed } = useActionFeedback();
  const [cast, { loading }] = useMutation(CastVoteMutationDocument);
  const hintId = `vote-${vote.id}-hint`;

  const choose = async (choice: BallotChoice) => {
    if (loading) return;
    try {
      await cast({ variables: { input: { voteId: vote.id, choice } } });
      succeed(t('governance.meeting.vote.cast', { choice: t(`governance.choices.${choice}`) }));
      await refresh();
    } catch (error) {
      fail(feedbackFromError(readApiError(error), t));
    }
  };

  return (
    <fieldset className="mt-3" aria-describedby={hintId}>
      <legend className="h6">{t('governance.meeting.vote.castLegend', { title: vote.title })}</legend>
      <p id={hintId} className="small mb-2">
        {t('governance.meeting.vote.castHint')}
      </p>
      <div className="d-flex flex-wrap gap-2">
        {BALLOT_CHOICES.map((choice) => {
          const pressed = vote.myBallot?.choice === choice;
          return (
            <Button
              key={choice}
              type="button"
              color={choice === 'RECUSED' ? 'secondary' : 'primary'}
              outline={!pressed}
              aria-pressed={pressed}
              aria-disabled={loading || undefined}
              onClick={() => void choose(choice)}
            >
              {t(`governance.choices.${choice}`)}
            </Button>
          );
        })}
      </div>
      {vote.myBallot && (
        <p className="mt-2 mb-0">
          {t('governance.meeting.vote.myBallot')}:{' '}
          <strong>{t(`governance.choices.${vote.myBallot.choice}`)}</strong>
        </p>
      )}
      <ActionAlert feedback={feedback} alertRef={alertRef} />
      <StatusMessage message={success} />
    </fieldset>
  );
}

/** Closing turns the vote into a numbered decision; the panel, which stays, announces it. */
function CloseVote({ voteId, onClosed }: { voteId: string; onClosed: (message: string) => void }) {
  const { t } = useTranslation();
  const locale = useGraphQLLocale();
  const { refresh } = useMeetingActions();
  const { feedback, alertRef, fail } = useActionFeedback();
  const [close, { loading }] = useMutation(CloseVoteMutationDocument);

  const run = async () => {
    if (loading) return;
    try {
      const { data } = await close({ variables: { voteId, locale } });
      if (data) {
        const { reference, result } = data.closeVote;
        const resultText = t(`governance.results.${result}`).toLowerCase();
        onClosed(t('governance.meeting.vote.closed', { reference, result: resultText }));
      }
      await refresh();
      // The button goes with the open vote; the panel stays, headed by the vote now closed.
      focusSoon(`vote-${voteId}-title`);
    } catch (error) {
      fail(feedbackFromError(readApiError(error), t));
    }
  };

  return (
    <div className="mt-3">
      <Button color="primary" outline aria-disabled={loading || undefined} onClick={() => void run()}>
        {t('governance.meeting.vote.close')}
      </Button>
      <ActionAlert feedback={feedback} alertRef={alertRef} />
    </div>
  );
}
