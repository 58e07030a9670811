import { graphqlEnum } from '@piano2030/api-core';
import { FUNDING_SOURCES, INTERVENTION_STATUSES, RESOURCE_GROUPINGS } from '@piano2030/shared-domain';

export const FundingSourceEnum = graphqlEnum(
  FUNDING_SOURCES,
  'FundingSource',
  'EU cohesion funds 2021-27, Next Generation EU / PNRR, national, regional, Provincia, Camera, private',
);
export const InterventionStatusEnum = graphqlEnum(INTERVENTION_STATUSES, 'InterventionStatus');
export const ResourceGroupingEnum = graphqlEnum(RESOURCE_GROUPINGS, 'ResourceGrouping');
