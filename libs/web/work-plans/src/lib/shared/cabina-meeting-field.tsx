import { upcomingMeeting } from '@piano2030/web-governance';
import { SelectField } from '@piano2030/web-ui';
import { useTranslation } from 'react-i18next';
import type { CabinaMeeting } from '../reference/use-work-plan-people';

/** The meeting chosen, or else the one the API would pick: the meeting under way or the next convened. */
export function chosenMeetingId(chosen: string | null, meetings: readonly CabinaMeeting[]): string {
  return chosen ?? upcomingMeeting(meetings)?.id ?? '';
}

/** Which Cabina meeting's agenda gets the proposal or the report: any that has not closed. */
export function CabinaMeetingField({
  id,
  meetings,
  value,
  onChange,
  errors,
}: {
  id: string;
  meetings: readonly CabinaMeeting[];
  value: string;
  onChange: (meetingId: string) => void;
  errors?: readonly string[];
}) {
  const { t, i18n } = useTranslation();
  const when = new Intl.DateTimeFormat(i18n.resolvedLanguage, {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'Europe/Rome',
  });
  const next = upcomingMeeting(meetings);
  return (
    <SelectField
      id={id}
      label={t('workPlans.meetingField.label')}
      hint={t('workPlans.meetingField.hint')}
      value={value}
      errors={errors}
      options={[...meetings]
        .sort((a, b) => a.startsAt.localeCompare(b.startsAt))
        .map((meeting) => ({
          value: meeting.id,
          label: t(
            meeting.id === next?.id ? 'workPlans.meetingField.optionNext' : 'workPlans.meetingField.option',
            { title: meeting.title, when: when.format(new Date(meeting.startsAt)) },
          ),
        }))}
      onChange={(event) => onChange(event.target.value)}
    />
  );
}
