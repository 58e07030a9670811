import { graphql } from '@piano2030/web-core';

export const DecisionsPageQueryDocument = graphql(`
  query DecisionsPage($bodyId: ID, $year: Int, $locale: Locale) {
    decisions(bodyId: $bodyId, year: $year) {
      id
      reference
      number
      year
      title
      decidedAt
      result
      reason(locale: $locale)
      present
      members
      tally {
        for
        against
        abstain
        recused
        notVoted
      }
      body {
        id
        name(locale: $locale)
      }
      meeting {
        id
        title
      }
      ballots {
        choice
        castAt
        castBy {
          id
          displayName
        }
        seat {
          id
          role
          partyCode
          person {
            id
            displayName
          }
        }
      }
    }
  }
`);

export const DecisionFiltersQueryDocument = graphql(`
  query DecisionFilters($locale: Locale) {
    bodies {
      id
      name(locale: $locale)
    }
  }
`);
