import { graphql } from '@piano2030/web-core';

/** A contribution as the committee answers it: who, what, and the answer prepared or published. */
export const AnswerableContributionFragment = graphql(`
  fragment AnswerableContribution on Contribution {
    id
    consultationId
    parentId
    depth
    kind
    status
    body
    createdAt
    anchor {
      kind
      ref
    }
    author {
      name
      organisationName
      category
    }
    disposition {
      ...DispositionFields
    }
  }
`);

/** The consultation the committee answers the contributions of. */
export const ConsultationAnswersQueryDocument = graphql(`
  query ConsultationAnswers($id: ID!) {
    consultation(id: $id) {
      id
      title
      status
      areaCodes
      interventionIds
      swotItemIds
      viewerCanManage
    }
  }
`);

/** How many contributions stand in each answer state: three totals, one contribution each at most. */
export const AnswerCountsQueryDocument = graphql(`
  query AnswerCounts($consultationId: ID!) {
    unanswered: contributionsToAnswer(consultationId: $consultationId, answer: UNANSWERED, first: 1) {
      totalCount
    }
    prepared: contributionsToAnswer(consultationId: $consultationId, answer: PREPARED, first: 1) {
      totalCount
    }
    published: contributionsToAnswer(consultationId: $consultationId, answer: PUBLISHED, first: 1) {
      totalCount
    }
  }
`);

/**
 * A page of the contributions to answer (replies and hidden ones included, with their text), oldest
 * first, in one answer state and of some kinds when asked.
 */
export const ContributionsToAnswerQueryDocument = graphql(`
  query ContributionsToAnswer(
    $consultationId: ID!
    $answer: AnswerState
    $kinds: [ContributionKind!]
    $first: Int
    $after: String
  ) {
    contributionsToAnswer(
      consultationId: $consultationId
      answer: $answer
      kinds: $kinds
      first: $first
      after: $after
    ) {
      totalCount
      hasNextPage
      endCursor
      nodes {
        ...AnswerableContribution
      }
    }
  }
`);

/** The versions of an intervention, to say which one carries the change. */
export const AnswerInterventionVersionsQueryDocument = graphql(`
  query AnswerInterventionVersions($id: ID!) {
    interventionVersions(id: $id) {
      version
      status
      createdAt
    }
  }
`);

export const AnswerSwotItemVersionsQueryDocument = graphql(`
  query AnswerSwotItemVersions($id: ID!) {
    swotItemVersions(id: $id) {
      version
      status
      createdAt
    }
  }
`);

export const SetDispositionMutationDocument = graphql(`
  mutation SetDisposition($input: SetDispositionInput!) {
    setDisposition(input: $input) {
      ...DispositionFields
    }
  }
`);

export const PublishDispositionsMutationDocument = graphql(`
  mutation PublishDispositions($input: PublishDispositionsInput!) {
    publishDispositions(input: $input)
  }
`);
