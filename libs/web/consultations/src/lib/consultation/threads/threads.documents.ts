import { graphql } from '@piano2030/web-core';

/**
 * The first page of root contributions, with the room's sequence number read in the same
 * statement: live events and the catch-up start from there, so nothing is missed or counted twice.
 */
export const ThreadStartQueryDocument = graphql(`
  query ThreadStart($consultationId: ID!, $first: Int) {
    contributions(consultationId: $consultationId, first: $first) {
      nodes {
        ...ContributionFields
      }
      endCursor
      hasNextPage
      totalCount
      lastEventSeq
    }
  }
`);

/** A further page of root contributions, or a page of the replies to `parentId`, oldest first. */
export const ContributionLevelQueryDocument = graphql(`
  query ContributionLevel($consultationId: ID!, $parentId: ID, $first: Int, $after: String) {
    contributions(consultationId: $consultationId, parentId: $parentId, first: $first, after: $after) {
      nodes {
        ...ContributionFields
      }
      endCursor
      hasNextPage
      totalCount
    }
  }
`);

/** What the page missed while its connection was down, each event with the contribution as it is now. */
export const ContributionEventsSinceQueryDocument = graphql(`
  query ContributionEventsSince($consultationId: ID!, $after: Int!, $first: Int) {
    contributionEventsSince(consultationId: $consultationId, after: $after, first: $first) {
      lastSeq
      hasMore
      events {
        seq
        type
        contributionId
        threadId
        status
        contribution {
          ...ContributionFields
        }
      }
    }
  }
`);

/** One contribution as the reader may see it now (after an answer, a hiding, a restoring). */
export const ContributionOneQueryDocument = graphql(`
  query ContributionOne($id: ID!) {
    contribution(id: $id) {
      ...ContributionFields
    }
  }
`);

/** The live contribution count after a catch-up, which carries no counts of its own. */
export const ConsultationCountQueryDocument = graphql(`
  query ConsultationCount($id: ID!) {
    consultation(id: $id) {
      id
      status
      contributionCount
    }
  }
`);

export const ContributionRevisionsQueryDocument = graphql(`
  query ContributionRevisions($id: ID!) {
    contributionRevisions(id: $id) {
      body
      replacedAt
    }
  }
`);

/** The organisations the person speaks for, as a verified representative. */
export const ComposerRepresentationsQueryDocument = graphql(`
  query ComposerRepresentations {
    myRepresentations {
      id
      status
      organisation {
        id
        name
      }
    }
  }
`);

export const PostContributionMutationDocument = graphql(`
  mutation PostContribution($input: PostContributionInput!) {
    postContribution(input: $input) {
      ...ContributionFields
    }
  }
`);

export const EditContributionMutationDocument = graphql(`
  mutation EditContribution($input: EditContributionInput!) {
    editContribution(input: $input) {
      ...ContributionFields
    }
  }
`);

export const SupportContributionMutationDocument = graphql(`
  mutation SupportContribution($id: ID!) {
    supportContribution(id: $id) {
      ...ContributionFields
    }
  }
`);

export const WithdrawSupportMutationDocument = graphql(`
  mutation WithdrawSupport($id: ID!) {
    withdrawSupport(id: $id) {
      ...ContributionFields
    }
  }
`);

export const ReportContributionMutationDocument = graphql(`
  mutation ReportContribution($input: ReportContributionInput!) {
    reportContribution(input: $input) {
      ...ContributionFields
    }
  }
`);
