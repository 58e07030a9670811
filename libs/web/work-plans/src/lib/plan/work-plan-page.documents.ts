import { graphql } from '@piano2030/web-core';

export const WorkPlanActivityFieldsFragment = graphql(`
  fragment WorkPlanActivityFields on WorkPlanActivity {
    id
    lineageId
    revision
    title
    description
    phaseCode
    areaCode
    startOn
    dueOn
    deliverables
    status
    progress
    progressNote
    canReport
    owner {
      id
      displayName
    }
    contributors {
      id
      displayName
    }
    carriedFrom {
      activityId
      workPlanId
      quarter
      status
      progress
    }
  }
`);

export const WorkPlanVersionFieldsFragment = graphql(`
  fragment WorkPlanVersionFields on WorkPlanVersion {
    id
    number
    status
    summary
    remarks
    proposedAt
    returnedAt
    meetingId
    proposedBy {
      id
      displayName
    }
    decision {
      id
      reference
      result
      meeting {
        id
        title
      }
    }
    changesFromPrevious {
      lineageId
      title
      kind
      changes {
        field
        before
        after
      }
    }
    activities {
      ...WorkPlanActivityFields
    }
  }
`);

export const ProgressRollUpFieldsFragment = graphql(`
  fragment ProgressRollUpFields on ProgressRollUp {
    key
    total
    planned
    inProgress
    done
    late
    cancelled
    percent
  }
`);

export const WorkPlanPageQueryDocument = graphql(`
  query WorkPlanPage($id: ID!) {
    workPlan(id: $id) {
      id
      year
      quarter
      status
      revision
      updatedAt
      closedAt
      myCapabilities
      period {
        label
        startsOn
        endsOn
      }
      adoptedBy {
        id
        reference
        title
        decidedAt
        result
        meeting {
          id
          title
        }
      }
      versions {
        ...WorkPlanVersionFields
      }
      progress {
        asOf
        overall {
          ...ProgressRollUpFields
        }
        byPhase {
          ...ProgressRollUpFields
        }
        byArea {
          ...ProgressRollUpFields
        }
      }
      reportStatus
      reportIntroduction
      reportNextSteps
      reportMeetingId
      reportDecision {
        id
        reference
        title
        decidedAt
        result
        meeting {
          id
          title
        }
      }
      report {
        assembledOn
        activities {
          title
          phaseCode
          areaCode
          owner
          startOn
          dueOn
          status
          progress
          carriedOver
        }
        decisions {
          reference
          title
          result
          decidedAt
        }
      }
    }
  }
`);

/** The plan's own steps; each answers with the new revision, and the page then reloads what it shows. */
export const ProposeWorkPlanMutationDocument = graphql(`
  mutation ProposeWorkPlan($input: ProposeWorkPlanInput!) {
    proposeWorkPlan(input: $input) {
      id
      status
      revision
    }
  }
`);

export const ReturnWorkPlanMutationDocument = graphql(`
  mutation ReturnWorkPlan($input: ReturnWorkPlanInput!) {
    returnWorkPlan(input: $input) {
      id
      status
      revision
    }
  }
`);

export const ReviseWorkPlanMutationDocument = graphql(`
  mutation ReviseWorkPlan($input: ReviseWorkPlanInput!) {
    reviseWorkPlan(input: $input) {
      id
      status
      revision
    }
  }
`);

export const CloseWorkPlanMutationDocument = graphql(`
  mutation CloseWorkPlan($input: CloseWorkPlanInput!) {
    closeWorkPlan(input: $input) {
      id
      status
      revision
      reportStatus
    }
  }
`);
