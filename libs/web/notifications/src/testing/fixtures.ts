import type { MockLink } from '@apollo/client/testing';
import type { RoomEvent } from '@piano2030/shared-realtime-contracts';
import {
  MeQueryDocument,
  type CurrentUser,
  type NotificationFieldsFragment,
  type NotificationPreferencesFieldsFragment,
} from '@piano2030/web-core';
import {
  NotificationPreferencesQueryDocument,
  NotificationsQueryDocument,
  UnreadNotificationCountQueryDocument,
} from '../lib/shared/notifications.documents';

export const citizen: CurrentUser & { __typename: 'User' } = {
  __typename: 'User',
  id: 'u-cit',
  email: 'cittadina@piano2030.demo',
  displayName: 'Anna Verdi',
  roles: [],
  createdAt: '2026-01-10T09:00:00.000Z',
};

export const USER_ROOM = 'user:u-cit';

export function meMock(me: CurrentUser | null): MockLink.MockedResponse {
  return { request: { query: MeQueryDocument }, result: { data: { me } }, maxUsageCount: 50 };
}

export const CONSULTATION = { id: 'c-mob', title: 'Mobilità sostenibile nella Piana' };

type Notification = NotificationFieldsFragment & { __typename: 'Notification' };

export function notification(
  id: string,
  kind: Notification['kind'],
  extra: Partial<Omit<Notification, '__typename' | 'id' | 'kind'>> = {},
): Notification {
  return {
    __typename: 'Notification',
    id,
    kind,
    consultationId: CONSULTATION.id,
    consultationTitle: CONSULTATION.title,
    contributionId: `k-${id}`,
    excerpt: 'Servono più corse serali tra Capannori e Lucca.',
    actorName: null,
    organisationName: null,
    mentioned: null,
    outcome: null,
    reason: null,
    createdAt: '2026-11-20T09:30:00.000Z',
    readAt: null,
    ...extra,
  };
}

/** One of each kind, newest first; the reply and the mention unread. */
export const everyKind: Notification[] = [
  notification('n-reply', 'REPLY', {
    actorName: 'Marta P.',
    excerpt: 'Sono d’accordo: <script>alert("x")</script> le corse serali mancano.',
    createdAt: '2026-11-20T16:45:00.000Z',
  }),
  notification('n-mention', 'MENTION', {
    actorName: 'R. F.',
    organisationName: 'Confartigianato Imprese Lucca',
    mentioned: 'Anna Verdi',
    excerpt: '@Anna Verdi ha ragione sulle corse serali.',
    createdAt: '2026-11-20T12:00:00.000Z',
  }),
  notification('n-answer', 'DISPOSITION', {
    outcome: 'ACCEPTED',
    reason: 'Le corse serali entrano nel piano del trasporto pubblico 2027.',
    createdAt: '2026-11-19T10:00:00.000Z',
    readAt: '2026-11-19T11:00:00.000Z',
  }),
  notification('n-hidden', 'MODERATION', {
    reason: 'Contiene dati personali di terzi.',
    excerpt: 'Il mio vicino, Mario Rossi di via Roma 3, …',
    createdAt: '2026-11-18T10:00:00.000Z',
    readAt: '2026-11-18T12:00:00.000Z',
  }),
];

export type Page = {
  __typename: 'NotificationPage';
  nodes: Notification[];
  endCursor: string | null;
  hasNextPage: boolean;
  unreadCount: number;
};

export const page = (nodes: Notification[], extra: Partial<Omit<Page, 'nodes'>> = {}): Page => ({
  __typename: 'NotificationPage',
  nodes,
  endCursor: nodes.length ? `cursor-${nodes.at(-1)?.id}` : null,
  hasNextPage: false,
  unreadCount: nodes.filter((node) => !node.readAt).length,
  ...extra,
});

export function notificationsMock(
  variables: { first: number; unreadOnly: boolean; after?: string },
  result: Page,
): MockLink.MockedResponse {
  return {
    request: { query: NotificationsQueryDocument, variables },
    result: { data: { notifications: result } },
  };
}

export function unreadCountMock(count: number): MockLink.MockedResponse {
  return {
    request: { query: UnreadNotificationCountQueryDocument },
    result: { data: { unreadNotificationCount: count } },
  };
}

export function preferencesMock(
  preferences: NotificationPreferencesFieldsFragment = {
    reply: 'IMMEDIATE',
    disposition: 'IMMEDIATE',
    mention: 'IMMEDIATE',
    moderation: 'IMMEDIATE',
  },
): MockLink.MockedResponse {
  return {
    request: { query: NotificationPreferencesQueryDocument },
    result: { data: { notificationPreferences: { __typename: 'NotificationPreferences', ...preferences } } },
  };
}

export const notificationEvent = (
  type: 'notifications.created' | 'notifications.read',
  unreadCount: number,
): RoomEvent => ({
  room: USER_ROOM,
  type,
  payload: { unreadCount },
  occurredAt: '2026-11-21T08:00:00.000Z',
});
