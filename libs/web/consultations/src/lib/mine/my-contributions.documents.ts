import { graphql } from '@piano2030/web-core';

/** The person's contributions, newest first, in every status, with the moderator's reason and the answer. */
export const MyContributionsQueryDocument = graphql(`
  query MyContributions($first: Int, $after: String) {
    myContributions(first: $first, after: $after) {
      nodes {
        ...ContributionFields
      }
      endCursor
      hasNextPage
      totalCount
    }
  }
`);

/** The consultations' titles and states, to group the contributions under. */
export const MyContributionsConsultationsQueryDocument = graphql(`
  query MyContributionsConsultations {
    consultations {
      id
      title
      status
      closesAt
      resultsReportDue
    }
  }
`);
