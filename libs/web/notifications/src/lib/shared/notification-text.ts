import type { NotificationFieldsFragment } from '@piano2030/web-core';
import type { TFunction } from 'i18next';

export type NotificationView = NotificationFieldsFragment;

/** Who did it, as the public sees them: their public name, and the organisation they spoke for. */
function actorOf(notification: NotificationView, t: TFunction): string {
  const { actorName, organisationName } = notification;
  if (!actorName) return t('notifications.actor.someone');
  return organisationName
    ? t('notifications.actor.withOrganisation', { name: actorName, organisation: organisationName })
    : actorName;
}

/** One whole sentence per kind, in the reader's language: what happened, and in which consultation. */
export function notificationSentence(notification: NotificationView, t: TFunction): string {
  const title = notification.consultationTitle;
  switch (notification.kind) {
    case 'REPLY':
      return t('notifications.sentences.REPLY', { actor: actorOf(notification, t), title });
    case 'MENTION':
      return notification.mentioned
        ? t('notifications.sentences.MENTION_NAMED', {
            actor: actorOf(notification, t),
            mentioned: notification.mentioned,
            title,
          })
        : t('notifications.sentences.MENTION', { actor: actorOf(notification, t), title });
    case 'DISPOSITION':
      return t('notifications.sentences.DISPOSITION', {
        title,
        outcome: notification.outcome ? t(`notifications.outcomes.${notification.outcome}`) : '',
      });
    case 'MODERATION':
      return t('notifications.sentences.MODERATION', { title });
  }
}
