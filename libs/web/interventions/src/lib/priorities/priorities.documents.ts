import { graphql } from '@piano2030/web-core';

export const CreatePriorityMutationDocument = graphql(`
  mutation CreateInterventionPriority($input: CreatePriorityInput!) {
    createPriority(input: $input) {
      id
      areaCode
      position
      revision
      title
      description
      guidelineCodes
    }
  }
`);

export const UpdatePriorityMutationDocument = graphql(`
  mutation UpdateInterventionPriority($input: UpdatePriorityInput!) {
    updatePriority(input: $input) {
      id
      areaCode
      position
      revision
      title
      description
      guidelineCodes
    }
  }
`);
