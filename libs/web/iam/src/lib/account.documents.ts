import { graphql } from '@piano2030/web-core';

export const AccountPublicNameQueryDocument = graphql(`
  query AccountPublicName {
    me {
      id
      displayName
      publicNameMode
      publicName
      privacyConsentAt
      privacyNoticeVersion
    }
  }
`);

export const SetPublicNameModeMutationDocument = graphql(`
  mutation SetPublicNameMode($mode: PublicNameMode!) {
    setPublicNameMode(mode: $mode) {
      id
      publicNameMode
      publicName
    }
  }
`);
