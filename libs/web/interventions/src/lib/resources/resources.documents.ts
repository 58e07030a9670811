import { graphql } from '@piano2030/web-core';

export const ResourceSummaryQueryDocument = graphql(`
  query InterventionResourceSummary(
    $groupBy: ResourceGrouping!
    $areaCode: String
    $includeDrafts: Boolean!
  ) {
    resourceSummary(groupBy: $groupBy, areaCode: $areaCode, includeDrafts: $includeDrafts) {
      groupBy
      total
      interventionCount
      groups {
        key
        total
        interventionCount
        byYear {
          year
          total
        }
        bySource {
          source
          total
        }
      }
    }
  }
`);
