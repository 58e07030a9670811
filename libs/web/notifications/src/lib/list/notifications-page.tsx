import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { paths, readApiError, useCurrentUser } from '@piano2030/web-core';
import {
  ActionAlert,
  ErrorState,
  feedbackFromError,
  focusSoon,
  LoadingState,
  PageBreadcrumb,
  usePageTitle,
  useActionFeedback,
} from '@piano2030/web-ui';
import { Button, Col, Container, Row } from 'design-react-kit';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useLocation } from 'react-router-dom';
import { applyRead, applyUnreadCount } from '../shared/notification-cache';
import {
  MarkNotificationsReadMutationDocument,
  NotificationsQueryDocument,
  UnreadNotificationCountQueryDocument,
} from '../shared/notifications.documents';
import { NotificationItem, notificationElementId } from './notification-item';
import { PAGE_SIZE, useLiveNotifications } from './use-live-notifications';
import '../shared/notifications.css';

const LIST_TITLE_ID = 'notifiche-elenco';
const UNREAD_ONLY_ID = 'notifiche-solo-da-leggere';

/**
 * "Notifiche": what happened to one's contributions, newest first, the unread ones marked; each
 * can be marked read, or all at once; new ones appear at the top as they come and are announced.
 * Anonymous visitors sign in first.
 */
export function NotificationsPage() {
  const { t } = useTranslation();
  const title = t('notifications.title');
  usePageTitle(title);
  const location = useLocation();
  const { user, loading } = useCurrentUser();

  if (loading) {
    return (
      <Container className="py-5">
        <h1>{title}</h1>
        <LoadingState />
      </Container>
    );
  }
  if (!user) return <Navigate to={paths.signIn} replace state={{ from: location.pathname }} />;
  return (
    <Container className="py-5">
      <PageBreadcrumb
        homePath={paths.home}
        trail={[{ to: paths.account, label: t('auth.account.title') }]}
        current={title}
      />
      <h1>{title}</h1>
      <Row>
        <Col lg={9}>
          <p className="lead">{t('notifications.intro')}</p>
          <p>
            <Link to={paths.notificationPreferences}>{t('notifications.list.preferencesLink')}</Link>
          </p>
          <NotificationList userId={user.id} />
        </Col>
      </Row>
    </Container>
  );
}

interface Announcement {
  id: number;
  text: string;
}

function NotificationList({ userId }: { userId: string }) {
  const { t } = useTranslation();
  const [unreadOnly, setUnreadOnly] = useState(false);
  const [announcement, setAnnouncement] = useState<Announcement | null>(null);
  const [loadingMore, setLoadingMore] = useState(false);
  const [marking, setMarking] = useState(false);
  const { feedback, alertRef, fail, reset } = useActionFeedback();
  const announce = (text: string) => setAnnouncement((last) => ({ id: (last?.id ?? 0) + 1, text }));

  const { data, error, refetch, fetchMore } = useQuery(NotificationsQueryDocument, {
    variables: { first: PAGE_SIZE, unreadOnly },
    fetchPolicy: 'cache-and-network',
  });
  const [mark] = useMutation(MarkNotificationsReadMutationDocument);
  useLiveNotifications(userId, unreadOnly, (count) => announce(t('notifications.list.arrived', { count })));

  const page = data?.notifications;

  const client = useApolloClient();

  const markRead = async (ids: string[], all: boolean) => {
    if (marking) return;
    setMarking(true);
    reset();
    try {
      await mark({ variables: all ? { all: true } : { ids }, update: (cache) => applyRead(cache, ids) });
      // The count comes from the server, never computed here (see applyUnreadCount).
      const { data: counted } = await client.query({
        query: UnreadNotificationCountQueryDocument,
        fetchPolicy: 'network-only',
      });
      if (counted) applyUnreadCount(client.cache, counted.unreadNotificationCount);
      announce(all ? t('notifications.list.markedAll') : t('notifications.list.markedOne'));
      // The button pressed is gone: keyboard users go on from the notification, or from the list.
      focusSoon(all ? LIST_TITLE_ID : notificationElementId(ids[0]));
    } catch (caught) {
      fail(feedbackFromError(readApiError(caught), t));
    } finally {
      setMarking(false);
    }
  };

  const more = async () => {
    if (!page?.endCursor || loadingMore) return;
    setLoadingMore(true);
    try {
      const { data: next } = await fetchMore({
        variables: { after: page.endCursor },
        updateQuery: (previous, { fetchMoreResult }) => ({
          notifications: {
            ...fetchMoreResult.notifications,
            nodes: [
              ...previous.notifications.nodes,
              ...fetchMoreResult.notifications.nodes.filter(
                (node) => !previous.notifications.nodes.some((known) => known.id === node.id),
              ),
            ],
          },
        }),
      });
      // Keyboard users carry on from the first notification just loaded.
      const firstLoaded = next?.notifications.nodes[0];
      if (firstLoaded) focusSoon(notificationElementId(firstLoaded.id));
    } catch (caught) {
      fail(feedbackFromError(readApiError(caught), t));
    } finally {
      setLoadingMore(false);
    }
  };

  return (
    <section aria-labelledby={LIST_TITLE_ID} className="mt-4">
      <h2 id={LIST_TITLE_ID} tabIndex={-1}>
        {t('notifications.list.title')}
      </h2>
      <div className="d-flex flex-wrap align-items-center gap-3 mb-3">
        {page && (
          <p className="mb-0 fw-semibold">
            {page.unreadCount > 0
              ? t('notifications.unread.count', { count: page.unreadCount })
              : t('notifications.unread.none')}
          </p>
        )}
        {page && page.unreadCount > 0 && (
          <Button
            color="primary"
            outline
            size="sm"
            aria-disabled={marking}
            onClick={() =>
              void markRead(
                page.nodes.filter((node) => !node.readAt).map((node) => node.id),
                true,
              )
            }
          >
            {t('notifications.list.markAll')}
          </Button>
        )}
      </div>
      <div className="form-check mb-3">
        <input
          id={UNREAD_ONLY_ID}
          type="checkbox"
          checked={unreadOnly}
          onChange={(event) => {
            reset();
            setUnreadOnly(event.target.checked);
          }}
        />
        <label htmlFor={UNREAD_ONLY_ID}>{t('notifications.list.filter')}</label>
      </div>
      <div role="status" aria-live="polite" aria-atomic="true">
        {announcement && (
          <p key={announcement.id} className="alert alert-info py-2 mb-3">
            {announcement.text}
          </p>
        )}
      </div>
      <ActionAlert feedback={feedback} alertRef={alertRef} className="mb-3" />
      {!page ? (
        error ? (
          <ErrorState onRetry={() => void refetch()} />
        ) : (
          <LoadingState />
        )
      ) : page.nodes.length === 0 ? (
        <p className="p-4 bg-light rounded">
          {unreadOnly ? t('notifications.list.emptyUnread') : t('notifications.list.empty')}
        </p>
      ) : (
        <ul className="notifications-list">
          {page.nodes.map((notification) => (
            <NotificationItem
              key={notification.id}
              notification={notification}
              busy={marking}
              onMarkRead={() => void markRead([notification.id], false)}
              onOpen={() => {
                // Following the link reads it: marked quietly, as the page is being left.
                if (!notification.readAt) {
                  const ids = [notification.id];
                  void mark({ variables: { ids }, update: (cache) => applyRead(cache, ids) }).catch(
                    () => undefined,
                  );
                }
              }}
            />
          ))}
        </ul>
      )}
      {page?.hasNextPage && (
        <p className="mt-4">
          <Button color="primary" outline aria-disabled={loadingMore} onClick={() => void more()}>
            {loadingMore ? t('notifications.list.loadingMore') : t('notifications.list.more')}
          </Button>
        </p>
      )}
    </section>
  );
}
