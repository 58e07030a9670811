import { useMutation } from '@apollo/client/react';
import { readApiError, type AttendanceStatus, type MeetingPageQuery } from '@piano2030/web-core';
import { ActionAlert, feedbackFromError, StatusMessage, useActionFeedback } from '@piano2030/web-ui';
import { Button, Table } from 'design-react-kit';
import type { TFunction } from 'i18next';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReferenceNames } from '../reference/use-reference-names';
import { RecordAttendanceMutationDocument } from './meeting-page.documents';
import { useMeetingActions } from './meeting-context';

type Entry = MeetingPageQuery['meeting']['attendance'][number];

const ROLE_ORDER = { CHAIR: 0, VICE_CHAIR: 1, MEMBER: 2, SECRETARY: 3 } as const;

/** Chair, vice-chair, members by Parte, then the secretary: the order a roll is called in. */
export function inSeatOrder(entries: readonly Entry[]): Entry[] {
  return [...entries].sort(
    (a, b) =>
      ROLE_ORDER[a.membership.role] - ROLE_ORDER[b.membership.role] ||
      (a.membership.partyCode ?? '').localeCompare(b.membership.partyCode ?? '') ||
      a.membership.person.displayName.localeCompare(b.membership.person.displayName),
  );
}

function partyOf(entry: Entry, names: ReferenceNames, fallback: string) {
  return entry.membership.partyCode ? names.partyShort(entry.membership.partyCode) : fallback;
}

function attendanceLabel(entry: Entry, t: TFunction): string {
  if (entry.status === 'DELEGATED' && entry.membership.alternate) {
    return t('governance.meeting.attendance.representedBy', { name: entry.membership.alternate.displayName });
  }
  return entry.status ? t(`governance.attendance.${entry.status}`) : t('governance.attendance.unrecorded');
}

/** Who is at the meeting, as recorded by the secretary or the chair. */
export function AttendanceTable({ entries, names }: { entries: readonly Entry[]; names: ReferenceNames }) {
  const { t } = useTranslation();
  return (
    <div className="table-responsive">
      <Table>
        <caption className="visually-hidden">{t('governance.meeting.attendance.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('governance.meeting.attendance.member')}</th>
            <th scope="col">{t('governance.meeting.attendance.role')}</th>
            <th scope="col">{t('governance.meeting.attendance.party')}</th>
            <th scope="col">{t('governance.meeting.attendance.status')}</th>
          </tr>
        </thead>
        <tbody>
          {inSeatOrder(entries).map((entry) => (
            <tr key={entry.membership.id}>
              <th scope="row" className="fw-semibold">
                {entry.membership.person.displayName}
              </th>
              <td>{t(`governance.roles.${entry.membership.role}`)}</td>
              <td>{partyOf(entry, names, t('governance.noValue'))}</td>
              <td>{attendanceLabel(entry, t)}</td>
            </tr>
          ))}
        </tbody>
      </Table>
    </div>
  );
}

/**
 * One radio group per member: present, absent, or delegated to the alternate (offered only to a
 * member who has one). Starts from what is recorded and keeps the user's choices across live reloads.
 */
export function AttendanceForm({
  meetingId,
  entries,
  names,
}: {
  meetingId: string;
  entries: readonly Entry[];
  names: ReferenceNames;
}) {
  const { t } = useTranslation();
  const { refresh } = useMeetingActions();
  const [choices, setChoices] = useState<Record<string, AttendanceStatus>>(() =>
    Object.fromEntries(entries.flatMap((e) => (e.status ? [[e.membership.id, e.status]] : []))),
  );
  const { feedback, success, alertRef, fail, succeed } = useActionFeedback();
  const [record, { loading }] = useMutation(RecordAttendanceMutationDocument);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (loading) return;
    const recorded = entries.filter((entry) => choices[entry.membership.id]);
    if (recorded.length === 0) {
      fail({ lead: t('governance.meeting.attendance.nothing'), fieldErrors: {} });
      return;
    }
    try {
      await record({
        variables: {
          input: {
            meetingId,
            entries: recorded.map((entry) => ({
              membershipId: entry.membership.id,
              status: choices[entry.membership.id],
            })),
          },
        },
      });
      succeed(t('governance.meeting.attendance.saved'));
      await refresh();
    } catch (error) {
      fail(feedbackFromError(readApiError(error), t));
    }
  };

  return (
    <form noValidate onSubmit={(event) => void submit(event)} aria-labelledby="attendance-form-title">
      <h3 id="attendance-form-title" className="h5">
        {t('governance.meeting.attendance.formTitle')}
      </h3>
      <p>{t('governance.meeting.attendance.formIntro')}</p>
      {inSeatOrder(entries).map((entry) => {
        const { membership } = entry;
        const statuses: AttendanceStatus[] = membership.alternate
          ? ['PRESENT', 'ABSENT', 'DELEGATED']
          : ['PRESENT', 'ABSENT'];
        const role = t(`governance.roles.${membership.role}`);
        const seat = membership.partyCode ? `${role}, ${names.partyShort(membership.partyCode)}` : role;
        return (
          <fieldset key={membership.id} className="mb-3">
            <legend className="h6 mb-2">
              {membership.person.displayName} – {seat}
            </legend>
            <div className="d-flex flex-wrap">
              {statuses.map((status) => {
                const id = `attendance-${membership.id}-${status}`;
                return (
                  <div key={status} className="form-check form-check-inline mt-0">
                    <input
                      type="radio"
                      id={id}
                      name={`attendance-${membership.id}`}
                      value={status}
                      checked={choices[membership.id] === status}
                      onChange={() => setChoices({ ...choices, [membership.id]: status })}
                    />
                    <label htmlFor={id}>
                      {status === 'DELEGATED' && membership.alternate
                        ? t('governance.meeting.attendance.delegateTo', {
                            name: membership.alternate.displayName,
                          })
                        : t(`governance.attendance.${status}`)}
                    </label>
                  </div>
                );
              })}
            </div>
          </fieldset>
        );
      })}
      <Button type="submit" color="primary" aria-disabled={loading || undefined}>
        {t('governance.meeting.attendance.submit')}
      </Button>
      <ActionAlert feedback={feedback} alertRef={alertRef} />
      <StatusMessage message={success} />
    </form>
  );
}
