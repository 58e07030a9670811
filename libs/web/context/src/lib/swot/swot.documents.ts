import { graphql } from '@piano2030/web-core';

export const SwotItemFieldsFragment = graphql(`
  fragment SwotItemFields on SwotItem {
    id
    areaCode
    quadrant
    text
    weight
    status
    version
    publishedAt
    updatedAt
    evidence {
      kind
      reference
      label
    }
    author {
      id
      displayName
    }
  }
`);

export const SwotAnalysisFieldsFragment = graphql(`
  fragment SwotAnalysisFields on SwotAnalysis {
    areaCode
    hasUnpublishedChanges
    items {
      ...SwotItemFields
    }
    editions {
      edition
      itemCount
      note
      publishedAt
      publishedByName
    }
  }
`);

/** Published items for everyone; drafts and withdrawn items too for the bodies and experts. */
export const AreaSwotQueryDocument = graphql(`
  query AreaSwot($areaCode: String!) {
    swot(areaCode: $areaCode) {
      ...SwotAnalysisFields
    }
  }
`);

/** Who may draft or publish: the committee's members and the experts' engagements, all public. */
export const SwotStandingQueryDocument = graphql(`
  query SwotStanding {
    bodies {
      id
      kind
      members {
        id
        role
        person {
          id
        }
      }
    }
    experts {
      id
      active
      startsOn
      endsOn
      endedOn
      areaCodes
      phaseCodes
      person {
        id
      }
    }
  }
`);

export const SwotItemVersionsQueryDocument = graphql(`
  query SwotItemVersions($id: ID!) {
    swotItemVersions(id: $id) {
      version
      status
      quadrant
      text
      weight
      reason
      authorName
      createdAt
      evidence {
        kind
        reference
        label
      }
    }
  }
`);

export const SwotItemDiffQueryDocument = graphql(`
  query SwotItemDiff($id: ID!, $fromVersion: Int!, $toVersion: Int!) {
    swotItemDiff(id: $id, fromVersion: $fromVersion, toVersion: $toVersion) {
      itemId
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

export const AddSwotItemMutationDocument = graphql(`
  mutation AddSwotItem($input: AddSwotItemInput!) {
    addSwotItem(input: $input) {
      ...SwotItemFields
    }
  }
`);

export const UpdateSwotItemMutationDocument = graphql(`
  mutation UpdateSwotItem($input: UpdateSwotItemInput!) {
    updateSwotItem(input: $input) {
      ...SwotItemFields
    }
  }
`);

export const WithdrawSwotItemMutationDocument = graphql(`
  mutation WithdrawSwotItem($input: WithdrawSwotItemInput!) {
    withdrawSwotItem(input: $input) {
      ...SwotItemFields
    }
  }
`);

export const PublishSwotMutationDocument = graphql(`
  mutation PublishSwot($input: PublishSwotInput!) {
    publishSwot(input: $input) {
      ...SwotAnalysisFields
    }
  }
`);
