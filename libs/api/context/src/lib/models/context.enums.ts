import { graphqlEnum } from '@piano2030/api-core';
import { EVIDENCE_KINDS, SWOT_ITEM_STATUSES, SWOT_QUADRANTS } from '@piano2030/shared-domain';

export const SwotQuadrantEnum = graphqlEnum(
  SWOT_QUADRANTS,
  'SwotQuadrant',
  'Strengths and weaknesses today, opportunities and threats for the decade',
);
export const SwotItemStatusEnum = graphqlEnum(SWOT_ITEM_STATUSES, 'SwotItemStatus');
export const EvidenceKindEnum = graphqlEnum(EVIDENCE_KINDS, 'EvidenceKind', 'What backs a SWOT item');
export const DiffOpEnum = graphqlEnum(['EQUAL', 'INSERT', 'DELETE'], 'DiffOp');
