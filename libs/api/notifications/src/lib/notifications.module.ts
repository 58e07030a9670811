import { Module, type DynamicModule } from '@nestjs/common';
import { DailyDigest } from './daily-digest';
import { EmailOutboxQueries } from './email-outbox.queries';
import { EmailOutboxResolver } from './email-outbox.resolver';
import { MailSender } from './mail-sender';
import { NotificationClock } from './notification-clock';
import { NotificationEvents } from './notification-events';
import { NotificationProjector } from './notification-projector';
import { NotificationsResolver } from './notifications.resolver';
import { NotificationsService } from './notifications.service';
import {
  DEFAULT_NOTIFICATIONS_OPTIONS,
  NOTIFICATIONS_OPTIONS,
  type NotificationsOptions,
} from './notifications.options';

/**
 * Notifications (issue 6): written from the consultations' event log by a projector, never by the
 * consultations' services; an in-app list with a live badge, e-mails through an outbox.
 */
@Module({})
export class NotificationsModule {
  static forRoot(options: Partial<NotificationsOptions> = {}): DynamicModule {
    return {
      module: NotificationsModule,
      providers: [
        { provide: NOTIFICATIONS_OPTIONS, useValue: { ...DEFAULT_NOTIFICATIONS_OPTIONS, ...options } },
        NotificationEvents,
        NotificationProjector,
        DailyDigest,
        MailSender,
        NotificationClock,
        NotificationsService,
        NotificationsResolver,
        EmailOutboxQueries,
        EmailOutboxResolver,
      ],
    };
  }
}
