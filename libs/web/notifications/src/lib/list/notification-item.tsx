import { paths } from '@piano2030/web-core';
import { FormattedDate } from '@piano2030/web-ui';
import { Badge, Button } from 'design-react-kit';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { notificationSentence, type NotificationView } from '../shared/notification-text';

export const notificationElementId = (id: string) => `notifica-${id}`;

/**
 * One notification: the sentence (its heading, with "Da leggere" in front while unread), when it
 * came, the quoted text as plain text, the reason when there is one, and the way to the contribution.
 */
export function NotificationItem({
  notification,
  busy,
  onMarkRead,
  onOpen,
}: {
  notification: NotificationView;
  busy: boolean;
  onMarkRead: () => void;
  onOpen: () => void;
}) {
  const { t } = useTranslation();
  const { id, kind, readAt } = notification;
  const unread = !readAt;
  const elementId = notificationElementId(id);
  const titleId = `${elementId}-titolo`;
  return (
    <li className={`notification-item${unread ? ' notification-unread' : ''}`}>
      <article id={elementId} tabIndex={-1} aria-labelledby={titleId}>
        <h3 id={titleId} className="h6 mb-1">
          {unread && (
            <>
              <Badge color="primary" className="me-2 align-text-bottom">
                {t('notifications.unread.badge')}
              </Badge>{' '}
            </>
          )}
          <span className={unread ? 'fw-bold' : 'fw-semibold'}>{notificationSentence(notification, t)}</span>
        </h3>
        <p className="small text-secondary mb-2">
          <FormattedDate value={notification.createdAt} withTime month="short" />
        </p>
        <p className="notification-excerpt mb-2">
          <span className="fw-semibold">{t(`notifications.excerpt.${kind}`)}</span> {notification.excerpt}
        </p>
        {notification.reason && (kind === 'DISPOSITION' || kind === 'MODERATION') && (
          <p className="mb-2">
            <span className="fw-semibold">{t(`notifications.reason.${kind}`)}</span> {notification.reason}
          </p>
        )}
        <div className="d-flex flex-wrap align-items-center gap-3 mt-2">
          <Link
            to={`${paths.consultation(notification.consultationId)}#contributo-${notification.contributionId}`}
            aria-describedby={titleId}
            onClick={onOpen}
          >
            {t('notifications.list.open')}
          </Link>
          {unread && (
            <Button
              color="primary"
              outline
              size="xs"
              aria-describedby={titleId}
              aria-disabled={busy}
              onClick={() => !busy && onMarkRead()}
            >
              {t('notifications.list.markOne')}
            </Button>
          )}
        </div>
      </article>
    </li>
  );
}
