import type { ApolloCache } from '@apollo/client';

interface PageInCache {
  unreadCount: number;
}

/** Marks these notifications read in the cache, as the API just did. */
export function applyRead(cache: ApolloCache, ids: readonly string[]): void {
  const now = new Date().toISOString();
  for (const id of ids) {
    cache.modify({
      id: cache.identify({ __typename: 'Notification', id }),
      fields: { readAt: (readAt) => readAt ?? now },
    });
  }
}

/**
 * Puts the server's unread count in the badge and in every cached page. Counts are only ever
 * replaced by the server's, never decremented here: the socket's `notifications.read` may arrive
 * before the mutation's answer, and subtracting after it would count the same read twice.
 */
export function applyUnreadCount(cache: ApolloCache, count: number): void {
  cache.modify<{ unreadNotificationCount: number; notifications: PageInCache }>({
    fields: {
      unreadNotificationCount: () => count,
      notifications: (page) =>
        typeof (page as Partial<PageInCache>).unreadCount === 'number'
          ? { ...page, unreadCount: count }
          : page,
    },
  });
}
