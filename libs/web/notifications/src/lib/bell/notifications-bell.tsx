import { useApolloClient, useQuery } from '@apollo/client/react';
import { NOTIFICATION_EVENTS, userRoom } from '@piano2030/shared-realtime-contracts';
import { paths, useCurrentUser, useRoomEvents } from '@piano2030/web-core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router-dom';
import { UnreadNotificationCountQueryDocument } from '../shared/notifications.documents';
import { unreadCountOf } from '../shared/notification-events';
import '../shared/notifications.css';

/**
 * The header's bell: how many notifications the signed-in person has not read, kept current by
 * their own room (and reloaded whenever the room is joined, since events sent meanwhile are lost).
 * A new one is announced politely, except on the list itself, which announces it in its own words.
 */
export function NotificationsBell() {
  const { user } = useCurrentUser();
  return user ? <Bell userId={user.id} /> : null;
}

function Bell({ userId }: { userId: string }) {
  const { t } = useTranslation();
  const client = useApolloClient();
  const { pathname } = useLocation();
  const { data, refetch } = useQuery(UnreadNotificationCountQueryDocument);
  const [announcement, setAnnouncement] = useState<{ id: number; text: string } | null>(null);

  useRoomEvents(
    userRoom(userId),
    (event) => {
      const count = unreadCountOf(event);
      if (count === null) return;
      client.cache.writeQuery({
        query: UnreadNotificationCountQueryDocument,
        data: { unreadNotificationCount: count },
      });
      if (event.type === NOTIFICATION_EVENTS.CREATED && pathname !== paths.notifications) {
        setAnnouncement((last) => ({
          id: (last?.id ?? 0) + 1,
          text: t('notifications.bell.arrived', { count }),
        }));
      }
    },
    { onJoined: () => void refetch().catch(() => undefined) },
  );

  const count = data?.unreadNotificationCount ?? 0;
  const label = count > 0 ? t('notifications.bell.label', { count }) : t('notifications.bell.labelNone');
  return (
    <div className="notifications-bell-wrapper ms-2">
      <Link
        to={paths.notifications}
        className="btn btn-sm notifications-bell"
        aria-current={pathname === paths.notifications ? 'page' : undefined}
      >
        <BellIcon />
        <span className="d-none d-lg-inline ms-1" aria-hidden="true">
          {t('notifications.bell.text')}
        </span>
        {count > 0 && (
          <span
            className="notifications-bell-count"
            aria-hidden="true"
            data-testid="notifications-bell-count"
          >
            {count > 99 ? '99+' : count}
          </span>
        )}
        <span className="visually-hidden">{label}</span>
      </Link>
      <div role="status" aria-live="polite" className="visually-hidden">
        {announcement && <span key={announcement.id}>{announcement.text}</span>}
      </div>
    </div>
  );
}

function BellIcon() {
  return (
    <svg className="notifications-bell-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path d="M12 22c1.1 0 2-.9 2-2h-4c0 1.1.9 2 2 2zm6-6v-5c0-3.07-1.63-5.64-4.5-6.32V4c0-.83-.67-1.5-1.5-1.5s-1.5.67-1.5 1.5v.68C7.64 5.36 6 7.92 6 11v5l-2 2v1h16v-1l-2-2z" />
    </svg>
  );
}
