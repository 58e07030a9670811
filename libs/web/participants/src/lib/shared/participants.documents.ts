import { graphql } from '@piano2030/web-core';

export const PublicOrganisationsQueryDocument = graphql(`
  query PublicOrganisations {
    organisations {
      id
      name
      category
      website
      representatives {
        publicName
        title
      }
    }
  }
`);

export const OrganisationChoicesQueryDocument = graphql(`
  query OrganisationChoices {
    organisations {
      id
      name
      category
    }
  }
`);

export const MyRepresentationFieldsFragment = graphql(`
  fragment MyRepresentationFields on Representation {
    id
    title
    status
    requestedAt
    decidedAt
    decisionReason
    organisation {
      id
      name
      category
    }
  }
`);

export const MyRepresentationsQueryDocument = graphql(`
  query MyRepresentations {
    myRepresentations {
      ...MyRepresentationFields
    }
  }
`);

export const RequestRepresentationMutationDocument = graphql(`
  mutation RequestRepresentation($input: RequestRepresentationInput!) {
    requestRepresentation(input: $input) {
      ...MyRepresentationFields
    }
  }
`);

export const RepresentationRequestsQueryDocument = graphql(`
  query RepresentationRequests($status: RepresentationStatus) {
    representationRequests(status: $status) {
      id
      title
      status
      requestedAt
      decidedAt
      decisionReason
      organisationTaxCode
      requester {
        id
        displayName
      }
      organisation {
        id
        name
        category
        website
      }
    }
  }
`);

export const VerifyRepresentationMutationDocument = graphql(`
  mutation VerifyRepresentation($id: ID!) {
    verifyRepresentation(id: $id) {
      id
      status
      decidedAt
      decisionReason
    }
  }
`);

export const RejectRepresentationMutationDocument = graphql(`
  mutation RejectRepresentation($id: ID!, $reason: String!) {
    rejectRepresentation(id: $id, reason: $reason) {
      id
      status
      decidedAt
      decisionReason
    }
  }
`);

export const RevokeRepresentationMutationDocument = graphql(`
  mutation RevokeRepresentation($id: ID!, $reason: String!) {
    revokeRepresentation(id: $id, reason: $reason) {
      id
      status
      decidedAt
      decisionReason
    }
  }
`);
