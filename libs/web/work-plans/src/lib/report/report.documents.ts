import { graphql } from '@piano2030/web-core';

export const UpdateWorkPlanReportMutationDocument = graphql(`
  mutation UpdateWorkPlanReport($input: UpdateWorkPlanReportInput!) {
    updateWorkPlanReport(input: $input) {
      id
      revision
      reportIntroduction
      reportNextSteps
    }
  }
`);

export const SubmitWorkPlanReportMutationDocument = graphql(`
  mutation SubmitWorkPlanReport($input: SubmitWorkPlanReportInput!) {
    submitWorkPlanReport(input: $input) {
      id
      revision
      reportStatus
    }
  }
`);
