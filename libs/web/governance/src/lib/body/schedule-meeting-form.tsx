import { useMutation } from '@apollo/client/react';
import { paths, readApiError, type FieldErrors, type ScheduleMeetingInput } from '@piano2030/web-core';
import {
  ActionAlert,
  feedbackFromChecks,
  feedbackFromError,
  FormField,
  romeLocalToDate,
  toRomeLocal,
  useActionFeedback,
} from '@piano2030/web-ui';
import { Button } from 'design-react-kit';
import type { TFunction } from 'i18next';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import type { ReferenceNames } from '../reference/use-reference-names';
import {
  ADD_AGENDA_ITEM_ID,
  AgendaEditor,
  agendaFieldId,
  emptyAgendaItem,
  type AgendaDraft,
} from './agenda-editor';
import { ScheduleMeetingMutationDocument } from './body-page.documents';

interface MeetingDraft {
  title: string;
  startsAt: string;
  place: string;
  link: string;
}

const FIELD_IDS = {
  title: 'schedule-title',
  startsAt: 'schedule-starts-at',
  place: 'schedule-place',
  link: 'schedule-link',
};

const HTTPS_ADDRESS = /^https:\/\/[^\s/$.?#].[^\s]*$/;
const AGENDA_FIELDS = ['title', 'description', 'subjectKind', 'subjectReference', 'areaCode', 'phaseCode'];

/** The rule shown next to a field the form's checks or the API reject, in the reader's language. */
function rules(t: TFunction): Record<string, string> {
  return {
    title: t('governance.body.schedule.checks.title'),
    startsAt: t('governance.body.schedule.checks.startsAt'),
    place: t('governance.body.schedule.checks.place'),
    link: t('governance.body.schedule.checks.link'),
    agenda: t('governance.body.schedule.checks.agenda'),
    'agenda.*.title': t('governance.body.schedule.checks.itemTitle'),
    'agenda.*.description': t('governance.body.schedule.checks.description'),
    'agenda.*.subjectReference': t('governance.body.schedule.checks.subjectReference'),
    'agenda.*.areaCode': t('governance.body.schedule.checks.code'),
    'agenda.*.phaseCode': t('governance.body.schedule.checks.code'),
  };
}

/** The form's own checks: the API's rules, so most mistakes are caught before a round trip. */
function check(draft: MeetingDraft, agenda: AgendaDraft[], t: TFunction): FieldErrors {
  const rule = rules(t);
  const errors: FieldErrors = {};
  const title = draft.title.trim();
  if (title.length < 3 || title.length > 200) errors.title = [rule.title];
  const startsAt = romeLocalToDate(draft.startsAt);
  if (!startsAt || startsAt.getTime() <= Date.now()) errors.startsAt = [rule.startsAt];
  const place = draft.place.trim();
  if (place && (place.length < 2 || place.length > 300)) errors.place = [rule.place];
  if (draft.link.trim() && !HTTPS_ADDRESS.test(draft.link.trim())) errors.link = [rule.link];
  if (agenda.length === 0) errors.agenda = [rule.agenda];
  agenda.forEach((item, index) => {
    const itemTitle = item.title.trim();
    if (itemTitle.length < 3 || itemTitle.length > 300)
      errors[`agenda.${index}.title`] = [rule['agenda.*.title']];
    if (item.description.trim().length > 4000) {
      errors[`agenda.${index}.description`] = [rule['agenda.*.description']];
    }
    if (item.subjectReference.trim().length > 500) {
      errors[`agenda.${index}.subjectReference`] = [rule['agenda.*.subjectReference']];
    }
  });
  return errors;
}

function toInput(bodyId: string, draft: MeetingDraft, agenda: AgendaDraft[]): ScheduleMeetingInput {
  const optional = (value: string) => value.trim() || null;
  return {
    bodyId,
    title: draft.title.trim(),
    startsAt: (romeLocalToDate(draft.startsAt) as Date).toISOString(),
    place: optional(draft.place),
    link: optional(draft.link),
    agenda: agenda.map((item) => ({
      title: item.title.trim(),
      description: optional(item.description),
      subjectKind: item.subjectKind,
      subjectReference: optional(item.subjectReference),
      areaCode: item.areaCode || null,
      phaseCode: item.phaseCode || null,
    })),
  };
}

/** "Convoca seduta": shown to the body's chair. On success, the new meeting's page opens. */
export function ScheduleMeetingForm({ bodyId, names }: { bodyId: string; names: ReferenceNames }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [draft, setDraft] = useState<MeetingDraft>({ title: '', startsAt: '', place: '', link: '' });
  const [agenda, setAgenda] = useState<AgendaDraft[]>(() => [emptyAgendaItem()]);
  const [earliest] = useState(() => toRomeLocal(new Date()));
  // Focus goes to the first field at fault, in the order the form shows them.
  const fieldIds = useMemo(
    () => ({
      ...FIELD_IDS,
      ...Object.fromEntries(
        agenda.flatMap((item, index) =>
          AGENDA_FIELDS.map((field) => [`agenda.${index}.${field}`, agendaFieldId(item.key, field)]),
        ),
      ),
      agenda: ADD_AGENDA_ITEM_ID,
    }),
    [agenda],
  );
  const { feedback, alertRef, fail, reset } = useActionFeedback(fieldIds);
  const [schedule, { loading }] = useMutation(ScheduleMeetingMutationDocument, {
    // The body's list of meetings is stale now; it reloads when the body's page is shown again.
    update: (cache) =>
      cache.evict({ id: cache.identify({ __typename: 'Body', id: bodyId }), fieldName: 'meetings' }),
  });
  const errors = feedback?.fieldErrors ?? {};
  const set = (field: keyof MeetingDraft) => (event: { target: { value: string } }) =>
    setDraft({ ...draft, [field]: event.target.value });
  const changeAgenda = (next: AgendaDraft[]) => {
    // Errors are tied to positions: once items move, they would point at the wrong ones.
    if (feedback) reset();
    setAgenda(next);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (loading) return;
    const checked = feedbackFromChecks(check(draft, agenda, t), t);
    if (checked) {
      fail(checked);
      return;
    }
    reset();
    try {
      const { data } = await schedule({ variables: { input: toInput(bodyId, draft, agenda) } });
      if (data) void navigate(paths.meeting(data.scheduleMeeting.id));
    } catch (error) {
      fail(feedbackFromError(readApiError(error), t, rules(t)));
    }
  };

  return (
    <form noValidate onSubmit={(event) => void submit(event)} aria-labelledby="schedule-meeting-title">
      <h2 id="schedule-meeting-title">{t('governance.body.schedule.title')}</h2>
      <p className="mb-5">{t('governance.body.schedule.intro')}</p>
      <ActionAlert feedback={feedback} alertRef={alertRef} className="mb-5" />
      <div className="row">
        <div className="col-lg-8">
          <FormField
            required
            id={FIELD_IDS.title}
            label={t('governance.body.schedule.fields.title')}
            hint={t('governance.body.schedule.fields.titleHint')}
            maxLength={200}
            value={draft.title}
            errors={errors.title}
            onChange={set('title')}
          />
        </div>
        <div className="col-lg-4">
          <FormField
            required
            id={FIELD_IDS.startsAt}
            type="datetime-local"
            label={t('governance.body.schedule.fields.startsAt')}
            hint={t('governance.body.schedule.fields.startsAtHint')}
            min={earliest}
            value={draft.startsAt}
            errors={errors.startsAt}
            onChange={set('startsAt')}
          />
        </div>
        <div className="col-lg-6">
          <FormField
            id={FIELD_IDS.place}
            label={t('governance.body.schedule.fields.place')}
            hint={t('governance.body.schedule.fields.placeHint')}
            maxLength={300}
            value={draft.place}
            errors={errors.place}
            onChange={set('place')}
          />
        </div>
        <div className="col-lg-6">
          <FormField
            id={FIELD_IDS.link}
            type="url"
            inputMode="url"
            label={t('governance.body.schedule.fields.link')}
            hint={t('governance.body.schedule.fields.linkHint')}
            value={draft.link}
            errors={errors.link}
            onChange={set('link')}
          />
        </div>
      </div>
      <h3 className="h4 mt-2">{t('governance.body.schedule.agenda.title')}</h3>
      <p className="mb-4">{t('governance.body.schedule.agenda.intro')}</p>
      <AgendaEditor items={agenda} onChange={changeAgenda} errors={errors} names={names} />
      <div className="mt-4">
        <Button type="submit" color="primary" aria-disabled={loading || undefined}>
          {loading ? t('governance.body.schedule.submitting') : t('governance.body.schedule.submit')}
        </Button>
      </div>
    </form>
  );
}
