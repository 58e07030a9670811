import { graphqlEnum } from '@piano2030/api-core';
import { REPRESENTATION_STATUSES, STAKEHOLDER_CATEGORIES } from '@piano2030/shared-domain';

export const StakeholderCategoryEnum = graphqlEnum(
  STAKEHOLDER_CATEGORIES,
  'StakeholderCategory',
  'Local institutions, business associations, trade unions, research and education, banking foundations, local service companies, third sector; CITIZEN is a person speaking for themselves',
);
export const RepresentationStatusEnum = graphqlEnum(
  REPRESENTATION_STATUSES,
  'RepresentationStatus',
  'PENDING until an administrator verifies or rejects it; a VERIFIED representation can be REVOKED',
);
