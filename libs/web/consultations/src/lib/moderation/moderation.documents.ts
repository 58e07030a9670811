import { graphql } from '@piano2030/web-core';

/** A contribution awaiting a moderator, with its open reports (never who sent them). */
export const ModerationQueueItemFragment = graphql(`
  fragment ModerationQueueEntry on ModerationQueueItem {
    openReportCount
    openReports {
      reason
      note
      reportedAt
    }
    contribution {
      id
      consultationId
      kind
      status
      body
      depth
      createdAt
      moderationReason
      author {
        name
        organisationName
        category
      }
    }
  }
`);

/** The queue, oldest first, and the consultations to name (and to filter by). */
export const ModerationQueueQueryDocument = graphql(`
  query ModerationQueue($consultationId: ID, $first: Int, $after: String) {
    moderationQueue(consultationId: $consultationId, first: $first, after: $after) {
      totalCount
      hasNextPage
      endCursor
      nodes {
        ...ModerationQueueEntry
      }
    }
  }
`);

export const ModerationConsultationsQueryDocument = graphql(`
  query ModerationConsultations {
    consultations {
      id
      title
      status
      settings {
        hideAfterReports
        preModeration
      }
    }
  }
`);

export const ModerationLogQueryDocument = graphql(`
  query ModerationLog($consultationId: ID!, $first: Int, $after: String) {
    moderationLog(consultationId: $consultationId, first: $first, after: $after) {
      hasNextPage
      endCursor
      nodes {
        id
        contributionId
        createdAt
        decision
        fromStatus
        toStatus
        moderatorName
        reason
      }
    }
  }
`);

export const ModerateContributionMutationDocument = graphql(`
  mutation ModerateContribution($input: ModerateContributionInput!) {
    moderateContribution(input: $input) {
      id
      status
      moderationReason
    }
  }
`);
