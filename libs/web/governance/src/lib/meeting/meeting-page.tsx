import { useQuery } from '@apollo/client/react';
import {
  GOVERNANCE_EVENTS,
  bodyRoom,
  type MeetingEventPayload,
  type RoomEvent,
} from '@piano2030/shared-realtime-contracts';
import {
  isApiErrorCode,
  paths,
  useCurrentUser,
  useGraphQLLocale,
  useRoomEvents,
  type MeetingPageQuery,
  type RoomStatus,
} from '@piano2030/web-core';
import {
  ErrorState,
  FormattedDate,
  LiveIndicator,
  LoadingState,
  NotFoundState,
  PageBreadcrumb,
  StatusMessage,
  usePageTitle,
} from '@piano2030/web-ui';
import { Badge, Container } from 'design-react-kit';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { QuorumMeter } from '../charts/quorum-meter';
import { ExpertsQueryDocument } from '../reference/reference.query';
import { useReferenceNames } from '../reference/use-reference-names';
import { AgendaSection } from './agenda-section';
import { AttendanceForm, AttendanceTable } from './attendance-section';
import { MEETING_STATUS_ID, MeetingActionsContext, type MeetingActions } from './meeting-context';
import { MeetingConduct } from './meeting-conduct';
import { MeetingPageQueryDocument } from './meeting-page.documents';
import { ApproveMinutesForm, MinutesSection } from './minutes-section';
import './meeting-page.css';

const STATUS_COLOR = { SCHEDULED: 'primary', IN_PROGRESS: 'success', CLOSED: 'secondary' } as const;
const LIVE_TYPES: readonly string[] = [GOVERNANCE_EVENTS.MEETING_UPDATED, GOVERNANCE_EVENTS.VOTE_UPDATED];

/**
 * A meeting (seduta): agenda, attendance and quorum, votes and decisions, minutes, experts' opinions.
 * What the viewer may do comes from `myCapabilities`; members follow the meeting live.
 */
export function MeetingPage() {
  const { id = '' } = useParams();
  const locale = useGraphQLLocale();
  const { data, previousData, error, refetch } = useQuery(MeetingPageQueryDocument, {
    variables: { id, locale },
  });
  const shown = data ?? (previousData?.meeting.id === id ? previousData : undefined);

  if (isApiErrorCode(error, 'NOT_FOUND')) return <UnknownMeeting />;
  if (shown) return <MeetingDetails meeting={shown.meeting} refetch={refetch} />;
  return <MeetingPending onRetry={error ? () => void refetch() : undefined} />;
}

function MeetingPending({ onRetry }: { onRetry?: () => void }) {
  const { t } = useTranslation();
  usePageTitle(t('governance.meeting.title'));
  return (
    <Container className="py-5">
      <h1>{t('governance.meeting.title')}</h1>
      {onRetry ? <ErrorState onRetry={onRetry} /> : <LoadingState />}
    </Container>
  );
}

function UnknownMeeting() {
  const { t } = useTranslation();
  return (
    <NotFoundState
      title={t('governance.meeting.notFound.title')}
      backTo={paths.bodies}
      backLabel={t('governance.body.backToBodies')}
    >
      <p>{t('governance.meeting.notFound.text')}</p>
    </NotFoundState>
  );
}

/**
 * Members (and alternates) hear their body's room; an event about this meeting reloads it, and so
 * does every rejoin after a lost connection, since events sent meanwhile are gone. Anyone else is
 * refused by the server, which the page simply ignores.
 */
function useLiveMeeting(
  meetingId: string,
  bodyId: string,
  signedIn: boolean,
  reload: () => void,
): RoomStatus {
  const { status } = useRoomEvents(
    signedIn ? bodyRoom(bodyId) : null,
    (event: RoomEvent) => {
      const payload = event.payload as Partial<MeetingEventPayload> | null;
      if (LIVE_TYPES.includes(event.type) && payload?.meetingId === meetingId) reload();
    },
    { onJoined: (rejoined) => rejoined && reload() },
  );
  return status;
}

function MeetingDetails({
  meeting,
  refetch,
}: {
  meeting: MeetingPageQuery['meeting'];
  refetch: () => Promise<unknown>;
}) {
  const { t } = useTranslation();
  usePageTitle(meeting.title);
  const { user } = useCurrentUser();
  const names = useReferenceNames();
  const [announcement, setAnnouncement] = useState<string | null>(null);
  const experts = useQuery(ExpertsQueryDocument, { skip: !user });
  const isExpert = Boolean(
    user && experts.data?.experts.some((engagement) => engagement.person.id === user.id),
  );
  const capabilities = useMemo(() => new Set(meeting.myCapabilities), [meeting.myCapabilities]);
  const isChair = meeting.myRoles.includes('CHAIR');
  const actions = useMemo<MeetingActions>(
    () => ({ refresh: () => refetch().catch(() => undefined), announce: setAnnouncement }),
    [refetch],
  );
  const live = useLiveMeeting(meeting.id, meeting.bodyId, user !== null, () => void actions.refresh());
  const started = meeting.status !== 'SCHEDULED';
  const canConduct = capabilities.has('START_MEETING') || capabilities.has('CLOSE_MEETING');

  return (
    <MeetingActionsContext.Provider value={actions}>
      <Container className="py-5">
        <PageBreadcrumb
          homePath={paths.home}
          trail={[
            { to: paths.bodies, label: t('governance.bodies.title') },
            { to: paths.body(meeting.body.id), label: meeting.body.name },
          ]}
          current={meeting.title}
        />
        <p className="text-uppercase fw-semibold text-secondary mb-1">{meeting.body.name}</p>
        <h1>{meeting.title}</h1>
        <p id={MEETING_STATUS_ID} tabIndex={-1} className="d-flex flex-wrap align-items-center gap-3">
          <Badge color={STATUS_COLOR[meeting.status]}>
            {t(`governance.meetingStatus.${meeting.status}`)}
          </Badge>
          <LiveIndicator status={live} />
        </p>
        <dl className="row">
          <dt className="col-sm-3">{t('governance.meeting.details.when')}</dt>
          <dd className="col-sm-9">
            <FormattedDate value={meeting.startsAt} withTime />
          </dd>
          {meeting.place && (
            <>
              <dt className="col-sm-3">{t('governance.meeting.details.place')}</dt>
              <dd className="col-sm-9">{meeting.place}</dd>
            </>
          )}
          {meeting.link && (
            <>
              <dt className="col-sm-3">{t('governance.meeting.details.link')}</dt>
              <dd className="col-sm-9">
                <a href={meeting.link} rel="noopener noreferrer">
                  {t('governance.meeting.details.linkText')}
                </a>
              </dd>
            </>
          )}
          {meeting.startedAt && (
            <>
              <dt className="col-sm-3">{t('governance.meeting.details.startedAt')}</dt>
              <dd className="col-sm-9">
                <FormattedDate value={meeting.startedAt} withTime />
              </dd>
            </>
          )}
          {meeting.closedAt && (
            <>
              <dt className="col-sm-3">{t('governance.meeting.details.closedAt')}</dt>
              <dd className="col-sm-9">
                <FormattedDate value={meeting.closedAt} withTime />
              </dd>
            </>
          )}
        </dl>
        <StatusMessage message={announcement} />

        {canConduct && (
          <MeetingConduct
            meetingId={meeting.id}
            status={meeting.status}
            canStart={capabilities.has('START_MEETING')}
            canClose={capabilities.has('CLOSE_MEETING')}
          />
        )}

        {started && (
          <section aria-labelledby="quorum-title" className="mt-5">
            <h2 id="quorum-title">{t('governance.meeting.quorum.title')}</h2>
            <QuorumMeter quorum={meeting.quorum} partyName={names.party} />
          </section>
        )}

        {started && (
          <section aria-labelledby="attendance-title" className="mt-5">
            <h2 id="attendance-title">{t('governance.meeting.attendance.title')}</h2>
            <AttendanceTable entries={meeting.attendance} names={names} />
            {capabilities.has('RECORD_ATTENDANCE') && (
              <div className="mt-4 p-4 border border-primary rounded">
                <AttendanceForm meetingId={meeting.id} entries={meeting.attendance} names={names} />
              </div>
            )}
          </section>
        )}

        <section aria-labelledby="agenda-title" className="mt-5">
          <h2 id="agenda-title">{t('governance.meeting.agenda.title')}</h2>
          <AgendaSection
            agenda={meeting.agenda}
            capabilities={capabilities}
            isExpert={isExpert}
            names={names}
          />
        </section>

        {meeting.status === 'IN_PROGRESS' && isChair && (
          <section className="mt-5 p-4 border border-primary rounded">
            <ApproveMinutesForm meeting={meeting} />
          </section>
        )}

        <section aria-labelledby="minutes-title" className="mt-5">
          <h2 id="minutes-title">{t('governance.meeting.minutes.title')}</h2>
          <MinutesSection meeting={meeting} canDraft={capabilities.has('DRAFT_MINUTES')} />
        </section>
      </Container>
    </MeetingActionsContext.Provider>
  );
}
