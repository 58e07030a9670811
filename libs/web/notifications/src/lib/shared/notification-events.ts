import { NOTIFICATION_EVENTS, type RoomEvent } from '@piano2030/shared-realtime-contracts';

const TYPES: readonly string[] = Object.values(NOTIFICATION_EVENTS);

/** The unread count a notification event carries, or null for any other event of the person's room. */
export function unreadCountOf(event: RoomEvent): number | null {
  if (!TYPES.includes(event.type)) return null;
  const count = (event.payload as { unreadCount?: unknown } | null)?.unreadCount;
  return typeof count === 'number' && Number.isInteger(count) && count >= 0 ? count : null;
}
