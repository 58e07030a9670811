import { graphql } from '@piano2030/web-core';

export const BodiesPageQueryDocument = graphql(`
  query BodiesPage($locale: Locale) {
    bodies {
      id
      code
      kind
      name(locale: $locale)
      description(locale: $locale)
      complete
      seats
      seatsPerParty
      vacancies {
        partyCode
        seats
        vacant
      }
      members {
        id
        role
      }
      meetings {
        id
        title
        startsAt
        status
      }
    }
  }
`);
