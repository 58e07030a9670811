import { EmailOutboxEntity } from './entities/email-outbox.entity';
import { NotificationPreferencesEntity } from './entities/notification-preferences.entity';
import { NotificationEntity } from './entities/notification.entity';

export const NOTIFICATIONS_ENTITIES = [NotificationEntity, NotificationPreferencesEntity, EmailOutboxEntity];
