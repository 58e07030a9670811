export { NotificationsModule } from './lib/notifications.module';
export { NOTIFICATIONS_ENTITIES } from './lib/notifications.entities';
export type { NotificationsOptions } from './lib/notifications.options';
