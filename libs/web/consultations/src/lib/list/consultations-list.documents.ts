import { graphql } from '@piano2030/web-core';

/** Open first, then scheduled, then the rest by opening date; drafts only for the committee. */
export const ConsultationsListQueryDocument = graphql(`
  query ConsultationsList($status: ConsultationStatus, $areaCode: String) {
    consultations(status: $status, areaCode: $areaCode) {
      ...ConsultationSummaryFields
    }
  }
`);
