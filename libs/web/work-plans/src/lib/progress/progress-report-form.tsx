import { useMutation } from '@apollo/client/react';
import {
  STORED_ACTIVITY_STATUSES,
  WORK_PLAN_LIMITS,
  type StoredActivityStatus,
} from '@piano2030/shared-domain';
import type { UpdateActivityInput, WorkPlanActivityFieldsFragment } from '@piano2030/web-core';
import {
  ActionAlert,
  feedbackFromChecks,
  FormField,
  SelectField,
  TextAreaField,
  useActionFeedback,
} from '@piano2030/web-ui';
import { Button } from 'design-react-kit';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { UpdateActivityMutationDocument } from '../activities/activities.documents';
import { useWorkPlanActions } from '../plan/work-plan-context';
import { changeFeedback } from '../shared/change-feedback';
import { useExpectedRevision } from '../shared/use-expected-revision';

/** LATE is read from the due date, never recorded: a late activity is still planned or under way. */
function recordedStatus(activity: WorkPlanActivityFieldsFragment): StoredActivityStatus {
  if (activity.status !== 'LATE') return activity.status;
  return activity.progress > 0 ? 'IN_PROGRESS' : 'PLANNED';
}

/**
 * The owner (or the committee's chair) reports where an activity stands: its status, a percentage
 * and a note. Only what changed is sent, against the activity's revision when the form opened.
 */
export function ProgressReportForm({
  activity,
  onDone,
}: {
  activity: WorkPlanActivityFieldsFragment;
  onDone: (message: string | null) => void;
}) {
  const { t } = useTranslation();
  const { refresh } = useWorkPlanActions();
  const prefix = `progress-${activity.id}`;
  const ids = { status: `${prefix}-status`, progress: `${prefix}-value`, progressNote: `${prefix}-note` };
  const [initial] = useState(() => ({
    status: recordedStatus(activity),
    progress: String(activity.progress),
    progressNote: activity.progressNote ?? '',
  }));
  const [status, setStatus] = useState(initial.status);
  const [progress, setProgress] = useState(initial.progress);
  const [note, setNote] = useState(initial.progressNote);
  const revision = useExpectedRevision(activity.revision, { heldFromStart: true });
  const { feedback, alertRef, fail } = useActionFeedback(ids);
  const [update, { loading }] = useMutation(UpdateActivityMutationDocument);
  const rules = {
    status: t('workPlans.progress.checks.status'),
    progress: t('workPlans.progress.checks.progress'),
    progressNote: t('workPlans.progress.checks.note', { max: WORK_PLAN_LIMITS.descriptionMaxLength }),
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (loading) return;
    const value = Number(progress);
    const checked = feedbackFromChecks(
      {
        ...(progress.trim() === '' || !Number.isInteger(value) || value < 0 || value > 100
          ? { progress: [rules.progress] }
          : {}),
        ...(note.trim().length > WORK_PLAN_LIMITS.descriptionMaxLength
          ? { progressNote: [rules.progressNote] }
          : {}),
      },
      t,
    );
    if (checked) {
      fail(checked);
      return;
    }
    const changes: Partial<UpdateActivityInput> = {
      ...(status !== initial.status ? { status } : {}),
      ...(value !== Number(initial.progress) ? { progress: value } : {}),
      ...(note.trim() !== initial.progressNote.trim() ? { progressNote: note.trim() } : {}),
    };
    if (Object.keys(changes).length === 0) {
      onDone(null);
      return;
    }
    try {
      await update({
        variables: { input: { activityId: activity.id, expectedRevision: revision.expected, ...changes } },
      });
      await refresh();
      onDone(t('workPlans.progress.saved', { title: activity.title }));
    } catch (error) {
      const { feedback: shown, currentRevision } = changeFeedback(error, t, 'activity', rules);
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
      aria-labelledby={`${prefix}-heading`}
      className="mt-3 p-3 border rounded bg-white"
      onSubmit={(event) => void submit(event)}
    >
      <h6 id={`${prefix}-heading`} className="mb-5">
        {t('workPlans.progress.formTitle', { title: activity.title })}
      </h6>
      <div className="row">
        <div className="col-md-6">
          <SelectField
            id={ids.status}
            label={t('workPlans.progress.status')}
            hint={t('workPlans.progress.statusHint')}
            value={status}
            errors={feedback?.fieldErrors.status}
            options={STORED_ACTIVITY_STATUSES.map((value) => ({
              value,
              label: t(`workPlans.status.activity.${value}`),
            }))}
            onChange={(event) => setStatus(event.target.value as StoredActivityStatus)}
          />
        </div>
        <div className="col-md-6">
          <FormField
            id={ids.progress}
            type="number"
            inputMode="numeric"
            min={0}
            max={100}
            step={5}
            label={t('workPlans.progress.value')}
            hint={t('workPlans.progress.valueHint')}
            value={status === 'DONE' ? '100' : progress}
            disabled={status === 'DONE'}
            errors={feedback?.fieldErrors.progress}
            onChange={(event) => setProgress(event.target.value)}
          />
        </div>
      </div>
      <TextAreaField
        id={ids.progressNote}
        label={t('workPlans.progress.note')}
        hint={t('workPlans.progress.noteHint')}
        rows={3}
        maxLength={WORK_PLAN_LIMITS.descriptionMaxLength}
        value={note}
        errors={feedback?.fieldErrors.progressNote}
        onChange={(event) => setNote(event.target.value)}
      />
      <div className="d-flex flex-wrap gap-2">
        <Button type="submit" color="primary" aria-disabled={loading || undefined}>
          {t('workPlans.progress.submit')}
        </Button>
        <Button type="button" color="primary" outline onClick={() => onDone(null)}>
          {t('workPlans.cancel')}
        </Button>
      </div>
      <ActionAlert feedback={feedback} alertRef={alertRef} />
    </form>
  );
}
