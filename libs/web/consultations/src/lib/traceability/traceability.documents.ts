import { graphql } from '@piano2030/web-core';

/** A published answer as the intervention and SWOT pages show it. */
export const ShapingContributionFragment = graphql(`
  fragment ShapingContribution on Contribution {
    id
    consultationId
    kind
    body
    createdAt
    author {
      name
      organisationName
      category
    }
    disposition {
      contributionId
      outcome
      reasons
      status
      official
      version
      publishedAt
      interventionVersion
      intervention {
        id
        reference
        title
      }
      swotItemVersion
      swotItem {
        id
        areaCode
        quadrant
        text
      }
    }
  }
`);

/**
 * The published answers that changed an intervention or a SWOT item, with the consultations' titles
 * (a contribution names its consultation by id only).
 */
export const ContributionsThatShapedQueryDocument = graphql(`
  query ContributionsThatShaped($interventionId: ID, $swotItemId: ID, $first: Int, $after: String) {
    contributionsThatShaped(
      interventionId: $interventionId
      swotItemId: $swotItemId
      first: $first
      after: $after
    ) {
      totalCount
      hasNextPage
      endCursor
      nodes {
        ...ShapingContribution
      }
    }
    consultations {
      id
      title
    }
  }
`);
