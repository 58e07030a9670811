import { graphql } from '@piano2030/web-core';

/** The register's rows: enough to find an intervention and see where it stands. */
export const InterventionRowFragment = graphql(`
  fragment InterventionRow on Intervention {
    id
    reference
    areaCode
    priorityId
    status
    title
    totalResources
    startsOn
    endsOn
    priority {
      id
      title
    }
  }
`);

/** The register for a filter; drafts are included only for those who may see them. */
export const InterventionRegisterQueryDocument = graphql(`
  query InterventionRegister($filter: InterventionFilter) {
    interventions(filter: $filter) {
      ...InterventionRow
    }
  }
`);
