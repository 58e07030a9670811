import { ApolloClient, HttpLink, InMemoryCache, type ApolloLink } from '@apollo/client';

/** Reference data has no `id`; its `code` is the stable identity, so the cache keys on it. */
const keyedByCode = { keyFields: ['code'] };

/** Values without an identity of their own (a tally, a quorum): a newer answer simply replaces their fields. */
const valueObject = { merge: true };

function createApolloCache(): InMemoryCache {
  return new InMemoryCache({
    typePolicies: {
      InterventionArea: keyedByCode,
      Guideline: keyedByCode,
      ProcessPhase: keyedByCode,
      Party: keyedByCode,
      Quorum: valueObject,
      Turnout: valueObject,
      VoteTally: valueObject,
      DecisionTally: valueObject,
      VotingRules: valueObject,
      Ballot: valueObject,
      Quarter: valueObject,
      WorkPlanProgress: valueObject,
      WorkPlanReportContent: valueObject,
      CarriedOverFrom: valueObject,
    },
  });
}

/** The API serves the app and `/graphql` on one origin; the session lives in an httpOnly cookie. */
export function createApolloClient(link?: ApolloLink): ApolloClient {
  return new ApolloClient({
    link: link ?? new HttpLink({ uri: '/graphql', credentials: 'same-origin' }),
    cache: createApolloCache(),
  });
}
