import { graphql } from '@piano2030/web-core';

export const SearchHitFieldsFragment = graphql(`
  fragment SearchHitFields on SearchHit {
    type
    id
    title
    excerpt {
      text
      match
    }
    areaCodes
    status
    kind
    category
    consultationId
    code
    quadrant
    createdAt
  }
`);

export const SearchQueryDocument = graphql(`
  query Search(
    $query: String!
    $types: [SearchItemType!]
    $areaCodes: [String!]
    $kinds: [ContributionKind!]
    $categories: [StakeholderCategory!]
    $statuses: [String!]
    $from: String
    $to: String
    $after: String
  ) {
    search(
      query: $query
      types: $types
      areaCodes: $areaCodes
      kinds: $kinds
      categories: $categories
      statuses: $statuses
      from: $from
      to: $to
      first: 20
      after: $after
    ) {
      totalCount
      hasNextPage
      endCursor
      hits {
        ...SearchHitFields
      }
      facets {
        types {
          value
          count
        }
        areas {
          value
          count
        }
        kinds {
          value
          count
        }
        categories {
          value
          count
        }
        statuses {
          value
          count
        }
        months {
          value
          count
        }
      }
    }
  }
`);

export const SimilarContributionsQueryDocument = graphql(`
  query SimilarContributions($consultationId: ID!, $text: String!) {
    similarContributions(consultationId: $consultationId, text: $text, first: 5) {
      ...SearchHitFields
    }
  }
`);

export const SearchAreasQueryDocument = graphql(`
  query SearchAreas($locale: Locale) {
    interventionAreas {
      code
      name(locale: $locale)
    }
  }
`);
