import { graphql } from '@piano2030/web-core';

/** A consultation as the committee edits it: the document, its scope, window and settings. */
export const CommitteeConsultationFragment = graphql(`
  fragment CommitteeConsultation on Consultation {
    id
    status
    version
    title
    areaCodes
    interventionIds
    swotItemIds
    planSection
    objectives
    context
    questions
    useOfContributions
    timeline
    resultsReportDue
    opensAt
    closesAt
    openedAt
    closedAt
    shortWindow
    shortWindowReason
    windowDays
    settings {
      preModeration
      participation
      hideAfterReports
    }
    contributionCount
    viewerCanManage
    schedulingProblems {
      field
      message
    }
    updatedAt
  }
`);

export const ConsultationEditorQueryDocument = graphql(`
  query ConsultationEditor($id: ID!) {
    consultation(id: $id) {
      ...CommitteeConsultation
    }
  }
`);

/** What a consultation about an area may name: its interventions and its SWOT items. */
export const ConsultationAreaScopeQueryDocument = graphql(`
  query ConsultationAreaScope($areaCode: String!) {
    interventions(filter: { areaCode: $areaCode }) {
      id
      reference
      areaCode
      status
      title
      version
    }
    swot(areaCode: $areaCode) {
      areaCode
      items {
        id
        areaCode
        quadrant
        status
        text
        version
      }
    }
  }
`);

/** Organisations with a verified representative, for invitation-only consultations. */
export const InvitableOrganisationsQueryDocument = graphql(`
  query InvitableOrganisations {
    organisations {
      id
      name
      category
    }
  }
`);

export const CreateConsultationMutationDocument = graphql(`
  mutation CreateConsultation($input: CreateConsultationInput!) {
    createConsultation(input: $input) {
      ...CommitteeConsultation
    }
  }
`);

export const UpdateConsultationMutationDocument = graphql(`
  mutation UpdateConsultation($input: UpdateConsultationInput!) {
    updateConsultation(input: $input) {
      ...CommitteeConsultation
    }
  }
`);

export const ScheduleConsultationMutationDocument = graphql(`
  mutation ScheduleConsultation($id: ID!, $expectedVersion: Int!) {
    scheduleConsultation(id: $id, expectedVersion: $expectedVersion) {
      ...CommitteeConsultation
    }
  }
`);

export const OpenConsultationMutationDocument = graphql(`
  mutation OpenConsultation($id: ID!) {
    openConsultation(id: $id) {
      ...CommitteeConsultation
    }
  }
`);

export const CloseConsultationMutationDocument = graphql(`
  mutation CloseConsultation($id: ID!) {
    closeConsultation(id: $id) {
      ...CommitteeConsultation
    }
  }
`);

/** Who is invited now: what saving the invitations replaces. */
export const ConsultationInvitationsQueryDocument = graphql(`
  query ConsultationInvitations($id: ID!) {
    consultationInvitations(id: $id) {
      consultationId
      userIds
      organisationIds
    }
  }
`);

export const SetConsultationInvitationsMutationDocument = graphql(`
  mutation SetConsultationInvitations($id: ID!, $userIds: [ID!]!, $organisationIds: [ID!]!) {
    setConsultationInvitations(id: $id, userIds: $userIds, organisationIds: $organisationIds) {
      consultationId
      userIds
      organisationIds
    }
  }
`);
