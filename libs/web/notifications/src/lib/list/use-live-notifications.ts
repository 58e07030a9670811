import { useApolloClient } from '@apollo/client/react';
import { NOTIFICATION_EVENTS, userRoom } from '@piano2030/shared-realtime-contracts';
import { useRoomEvents, type NotificationsQuery, type RoomStatus } from '@piano2030/web-core';
import { NotificationsQueryDocument } from '../shared/notifications.documents';

type Page = NotificationsQuery['notifications'];

export const PAGE_SIZE = 20;
const MAX_PAGE = 100;

/**
 * The list hears the person's room. New notifications are put at the top of what is shown, without
 * reloading the pages already loaded below; a read elsewhere (another tab) updates the marks; a
 * rejoin does both. `onArrived` gets how many new ones appeared, to announce them.
 */
export function useLiveNotifications(
  userId: string,
  unreadOnly: boolean,
  onArrived: (count: number) => void,
): RoomStatus {
  const client = useApolloClient();
  const variables = { first: PAGE_SIZE, unreadOnly };

  const refresh = async (announce: boolean) => {
    const shown = client.cache.readQuery({ query: NotificationsQueryDocument, variables })?.notifications;
    if (!shown) return;
    const first = Math.min(MAX_PAGE, Math.max(PAGE_SIZE, shown.nodes.length));
    // Not through the cache: written there, this answer would replace the pages loaded below it.
    const { data } = await client.query({
      query: NotificationsQueryDocument,
      variables: { first, unreadOnly },
      fetchPolicy: 'no-cache',
    });
    if (!data) return;
    let arrived = 0;
    client.cache.updateQuery({ query: NotificationsQueryDocument, variables }, (current) => {
      if (!current) return current;
      const merged = mergeTop(current.notifications, data.notifications, unreadOnly);
      arrived = merged.arrived;
      return { notifications: merged.page };
    });
    if (announce && arrived > 0) onArrived(arrived);
  };

  const { status } = useRoomEvents(
    userRoom(userId),
    (event) => {
      if (event.type === NOTIFICATION_EVENTS.CREATED) void refresh(true).catch(() => undefined);
      else if (event.type === NOTIFICATION_EVENTS.READ) void refresh(false).catch(() => undefined);
    },
    { onJoined: (rejoined) => rejoined && void refresh(true).catch(() => undefined) },
  );
  return status;
}

/**
 * The freshest top of the list merged into what is shown: new ones first, known ones updated.
 * In the unread-only list, a known one the fresh answer should have held but does not was read
 * meanwhile: it stays in place, marked read, so nothing moves under the reader's eyes. When more
 * arrived than the fresh answer holds, the two no longer meet, and the fresh answer replaces all.
 */
export function mergeTop(shown: Page, fresh: Page, unreadOnly: boolean): { page: Page; arrived: number } {
  const freshById = new Map(fresh.nodes.map((node) => [node.id, node]));
  const knownIds = new Set(shown.nodes.map((node) => node.id));
  const arrivedNodes = fresh.nodes.filter((node) => !knownIds.has(node.id));
  const last = fresh.nodes.at(-1);
  const meets = !fresh.hasNextPage || (last !== undefined && knownIds.has(last.id));
  if (!meets) return { page: fresh, arrived: arrivedNodes.length };
  const now = new Date().toISOString();
  const covers = (createdAt: string) =>
    !fresh.hasNextPage || (last !== undefined && createdAt >= last.createdAt);
  const updated = shown.nodes.map((node) => {
    const newer = freshById.get(node.id);
    if (newer) return newer;
    return unreadOnly && !node.readAt && covers(node.createdAt) ? { ...node, readAt: now } : node;
  });
  return {
    page: { ...shown, nodes: [...arrivedNodes, ...updated], unreadCount: fresh.unreadCount },
    arrived: arrivedNodes.length,
  };
}
