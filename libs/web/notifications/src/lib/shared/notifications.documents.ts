import { graphql } from '@piano2030/web-core';

export const NotificationFieldsFragment = graphql(`
  fragment NotificationFields on Notification {
    id
    kind
    consultationId
    consultationTitle
    contributionId
    excerpt
    actorName
    organisationName
    mentioned
    outcome
    reason
    createdAt
    readAt
  }
`);

export const NotificationsQueryDocument = graphql(`
  query Notifications($first: Int, $after: String, $unreadOnly: Boolean) {
    notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {
      nodes {
        ...NotificationFields
      }
      endCursor
      hasNextPage
      unreadCount
    }
  }
`);

export const UnreadNotificationCountQueryDocument = graphql(`
  query UnreadNotificationCount {
    unreadNotificationCount
  }
`);

export const MarkNotificationsReadMutationDocument = graphql(`
  mutation MarkNotificationsRead($ids: [ID!], $all: Boolean) {
    markNotificationsRead(ids: $ids, all: $all)
  }
`);

export const NotificationPreferencesFieldsFragment = graphql(`
  fragment NotificationPreferencesFields on NotificationPreferences {
    reply
    disposition
    mention
    moderation
  }
`);

export const NotificationPreferencesQueryDocument = graphql(`
  query NotificationPreferences {
    notificationPreferences {
      ...NotificationPreferencesFields
    }
  }
`);

export const SetNotificationPreferencesMutationDocument = graphql(`
  mutation SetNotificationPreferences($input: SetNotificationPreferencesInput!) {
    setNotificationPreferences(input: $input) {
      ...NotificationPreferencesFields
    }
  }
`);
