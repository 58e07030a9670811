import { graphql } from '@piano2030/web-core';

export const WorkPlansPageQueryDocument = graphql(`
  query WorkPlansPage {
    workPlans {
      id
      year
      quarter
      status
      reportStatus
      activityCount
      period {
        label
        startsOn
        endsOn
      }
      progress {
        overall {
          percent
          late
        }
      }
      currentVersion {
        id
        number
        summary
      }
    }
  }
`);

export const CarryOverCandidatesQueryDocument = graphql(`
  query CarryOverCandidates($year: Int!, $quarter: Int!) {
    workPlanCarryOverCandidates(year: $year, quarter: $quarter) {
      id
      title
      status
      progress
      dueOn
      owner {
        id
        displayName
      }
    }
  }
`);

export const CreateWorkPlanDraftMutationDocument = graphql(`
  mutation CreateWorkPlanDraft($input: CreateWorkPlanDraftInput!) {
    createWorkPlanDraft(input: $input) {
      id
      status
      revision
    }
  }
`);
