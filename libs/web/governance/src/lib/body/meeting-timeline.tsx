import { paths, type MeetingStatus, type MinutesStatus } from '@piano2030/web-core';
import { FormattedDate } from '@piano2030/web-ui';
import { Card, Timeline, TimelinePin } from 'design-react-kit';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { chronological } from '../meetings-order';

export interface TimelineMeeting {
  id: string;
  title: string;
  startsAt: string;
  status: MeetingStatus;
  place: string | null;
  minutesStatus: MinutesStatus;
}

const PIN_ICON: Record<MeetingStatus, string> = {
  CLOSED: 'it-check',
  IN_PROGRESS: 'it-flag',
  SCHEDULED: 'it-calendar',
};

/**
 * A body's meetings, oldest first, drawn as the Designers Italia timeline. As for the phases, the
 * ordered list is the text alternative: date, status, place and minutes are all written out.
 */
export function MeetingTimeline({ meetings }: { meetings: readonly TimelineMeeting[] }) {
  const { t } = useTranslation();
  return (
    <Timeline>
      <ol className="row list-unstyled mb-0">
        {chronological(meetings).map((meeting) => (
          <li
            key={meeting.id}
            className="col-12"
            aria-current={meeting.status === 'IN_PROGRESS' ? 'true' : undefined}
          >
            <TimelinePin
              tag="div"
              iconName={PIN_ICON[meeting.status]}
              label={t(`governance.meetingStatus.${meeting.status}`)}
              past={meeting.status === 'CLOSED'}
              now={meeting.status === 'IN_PROGRESS'}
            >
              <Card tag="div" border={false}>
                <h3 className="it-card-title h5">
                  <Link to={paths.meeting(meeting.id)}>{meeting.title}</Link>
                </h3>
                <div className="it-card-body">
                  <p className="fw-semibold mb-1">
                    <FormattedDate value={meeting.startsAt} withTime />
                  </p>
                  {meeting.place && <p className="mb-1">{meeting.place}</p>}
                  {meeting.status === 'CLOSED' && (
                    <p className="mb-0">{t(`governance.minutesStatus.${meeting.minutesStatus}`)}</p>
                  )}
                </div>
              </Card>
            </TimelinePin>
          </li>
        ))}
      </ol>
    </Timeline>
  );
}
