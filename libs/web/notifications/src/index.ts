export { NotificationsBell } from './lib/bell/notifications-bell';
export { NotificationsPage } from './lib/list/notifications-page';
export { NotificationPreferencesPage } from './lib/preferences/notification-preferences-page';
