import { useMutation } from '@apollo/client/react';
import { useCurrentUser } from '@piano2030/web-core';
import { ActionAlert, feedbackFromChecks, StatusMessage, useActionFeedback } from '@piano2030/web-ui';
import { Button } from 'design-react-kit';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useWorkPlanActions } from '../plan/work-plan-context';
import type { WorkPlanPeople } from '../reference/use-work-plan-people';
import type { WorkPlanReference } from '../reference/use-work-plan-reference';
import { changeFeedback } from '../shared/change-feedback';
import { AddActivityMutationDocument } from './activities.documents';
import {
  ACTIVITY_FIELDS,
  activityRules,
  checkDraft,
  emptyDraft,
  plannedFields,
  type ActivityDraft,
  type Period,
} from './activity-draft';
import { ActivityFields, activityFieldId } from './activity-fields';

const PREFIX = 'new-activity';

/** Adds an activity to the draft; the form empties itself for the next one. */
export function AddActivityForm({
  workPlanId,
  period,
  reference,
  people,
}: {
  workPlanId: string;
  period: Period;
  reference: WorkPlanReference;
  people: WorkPlanPeople;
}) {
  const { t } = useTranslation();
  const { refresh } = useWorkPlanActions();
  const { user } = useCurrentUser();
  const ownerByDefault = people.committee.some((person) => person.id === user?.id) ? (user?.id ?? '') : '';
  const [typed, setTyped] = useState<ActivityDraft>(() => emptyDraft(period, ''));
  const [ownerChosen, setOwnerChosen] = useState(false);
  // The viewer owns what they add unless they choose someone else; the members may arrive after the form.
  const draft = ownerChosen ? typed : { ...typed, ownerId: ownerByDefault };
  const change = (next: ActivityDraft) => {
    if (next.ownerId !== draft.ownerId) setOwnerChosen(true);
    setTyped(next);
  };
  const fieldIds = useMemo(
    () => Object.fromEntries(ACTIVITY_FIELDS.map((field) => [field, activityFieldId(PREFIX, field)])),
    [],
  );
  const { feedback, success, alertRef, fail, succeed } = useActionFeedback(fieldIds);
  const [add, { loading }] = useMutation(AddActivityMutationDocument);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (loading) return;
    const checked = feedbackFromChecks(checkDraft(draft, period, t), t);
    if (checked) {
      fail(checked);
      return;
    }
    try {
      await add({ variables: { input: { workPlanId, ...plannedFields(draft) } } });
      setTyped(emptyDraft(period, draft.ownerId));
      succeed(t('workPlans.activity.added', { title: draft.title.trim() }));
      await refresh();
    } catch (error) {
      fail(changeFeedback(error, t, 'plan', activityRules(t, period)).feedback);
    }
  };

  return (
    <form
      noValidate
      aria-labelledby="new-activity-heading"
      className="mt-5 p-4 border border-primary rounded"
      onSubmit={(event) => void submit(event)}
    >
      <h3 id="new-activity-heading" className="h4 mb-5">
        {t('workPlans.activity.addTitle')}
      </h3>
      <ActivityFields
        prefix={PREFIX}
        draft={draft}
        onChange={change}
        errors={feedback?.fieldErrors ?? {}}
        period={period}
        reference={reference}
        people={people}
      />
      <Button type="submit" color="primary" aria-disabled={loading || undefined}>
        {t('workPlans.activity.add')}
      </Button>
      <ActionAlert feedback={feedback} alertRef={alertRef} />
      <StatusMessage message={success} />
    </form>
  );
}
