import { useMutation } from '@apollo/client/react';
import type { WorkPlanActivityFieldsFragment } from '@piano2030/web-core';
import { ActionAlert, feedbackFromChecks, useActionFeedback } from '@piano2030/web-ui';
import { Button } from 'design-react-kit';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useWorkPlanActions } from '../plan/work-plan-context';
import type { WorkPlanPeople } from '../reference/use-work-plan-people';
import type { WorkPlanReference } from '../reference/use-work-plan-reference';
import { changeFeedback } from '../shared/change-feedback';
import { useExpectedRevision } from '../shared/use-expected-revision';
import { UpdateActivityMutationDocument } from './activities.documents';
import {
  ACTIVITY_FIELDS,
  activityRules,
  changedFields,
  checkDraft,
  draftOf,
  type ActivityDraft,
  type Period,
} from './activity-draft';
import { ActivityFields, activityFieldId } from './activity-fields';

/**
 * Changes an activity of the draft. The form starts from the activity as it was when opened and
 * keeps what is typed across live reloads; it is sent against that revision, so a change someone
 * else made meanwhile is never silently overwritten.
 */
export function EditActivityForm({
  activity,
  period,
  reference,
  people,
  onDone,
}: {
  activity: WorkPlanActivityFieldsFragment;
  period: Period;
  reference: WorkPlanReference;
  people: WorkPlanPeople;
  onDone: (message: string | null) => void;
}) {
  const { t } = useTranslation();
  const { refresh } = useWorkPlanActions();
  const prefix = `edit-${activity.id}`;
  const [initial] = useState(() => draftOf(activity));
  const [draft, setDraft] = useState<ActivityDraft>(initial);
  const revision = useExpectedRevision(activity.revision, { heldFromStart: true });
  const fieldIds = useMemo(
    () => Object.fromEntries(ACTIVITY_FIELDS.map((field) => [field, activityFieldId(prefix, field)])),
    [prefix],
  );
  const { feedback, alertRef, fail } = useActionFeedback(fieldIds);
  const [update, { loading }] = useMutation(UpdateActivityMutationDocument);
  const named = [...(activity.owner ? [activity.owner] : []), ...activity.contributors];

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (loading) return;
    const checked = feedbackFromChecks(checkDraft(draft, period, t), t);
    if (checked) {
      fail(checked);
      return;
    }
    const changes = changedFields(initial, draft);
    if (Object.keys(changes).length === 0) {
      onDone(null);
      return;
    }
    try {
      await update({
        variables: { input: { activityId: activity.id, expectedRevision: revision.expected, ...changes } },
      });
      await refresh();
      onDone(t('workPlans.activity.saved', { title: draft.title.trim() }));
    } catch (error) {
      const { feedback: shown, currentRevision } = changeFeedback(
        error,
        t,
        'activity',
        activityRules(t, period),
      );
      fail(shown);
      if (currentRevision !== null) {
        revision.catchUp(currentRevision);
        await refresh();
      }
    }
  };

  return (
    <form
      noValidate
      id={`${prefix}-form`}
      aria-labelledby={`${prefix}-heading`}
      className="mt-3 p-3 border rounded bg-white"
      onSubmit={(event) => void submit(event)}
    >
      <h6 id={`${prefix}-heading`} className="mb-5">
        {t('workPlans.activity.editTitle', { title: activity.title })}
      </h6>
      <ActivityFields
        prefix={prefix}
        draft={draft}
        onChange={setDraft}
        errors={feedback?.fieldErrors ?? {}}
        period={period}
        reference={reference}
        people={people}
        named={named}
      />
      <div className="d-flex flex-wrap gap-2">
        <Button type="submit" color="primary" aria-disabled={loading || undefined}>
          {t('workPlans.activity.save')}
        </Button>
        <Button type="button" color="primary" outline onClick={() => onDone(null)}>
          {t('workPlans.cancel')}
        </Button>
      </div>
      <ActionAlert feedback={feedback} alertRef={alertRef} />
    </form>
  );
}
