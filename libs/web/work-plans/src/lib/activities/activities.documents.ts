import { graphql } from '@piano2030/web-core';

export const AddActivityMutationDocument = graphql(`
  mutation AddActivity($input: AddActivityInput!) {
    addActivity(input: $input) {
      id
      revision
    }
  }
`);

export const UpdateActivityMutationDocument = graphql(`
  mutation UpdateActivity($input: UpdateActivityInput!) {
    updateActivity(input: $input) {
      id
      revision
      status
      progress
      progressNote
    }
  }
`);

export const RemoveActivityMutationDocument = graphql(`
  mutation RemoveActivity($input: RemoveActivityInput!) {
    removeActivity(input: $input) {
      id
      revision
    }
  }
`);
