import { graphql } from '@piano2030/web-core';

export const InterventionPageQueryDocument = graphql(`
  query InterventionPage($id: ID!) {
    intervention(id: $id) {
      ...InterventionFields
    }
    interventionVersions(id: $id) {
      version
      status
      title
      totalResources
      authorName
      reason
      createdAt
    }
  }
`);

export const InterventionDiffQueryDocument = graphql(`
  query InterventionDiff($id: ID!, $fromVersion: Int!, $toVersion: Int!) {
    interventionDiff(id: $id, fromVersion: $fromVersion, toVersion: $toVersion) {
      interventionId
      fromVersion
      toVersion
      changes {
        field
        before
        after
        segments {
          op
          text
        }
      }
    }
  }
`);

/** Publishing, revising, discarding, restoring: answers with the new status and version. */
export const SetInterventionStatusMutationDocument = graphql(`
  mutation SetInterventionStatus($input: SetInterventionStatusInput!) {
    setInterventionStatus(input: $input) {
      id
      status
      version
      updatedAt
    }
  }
`);
