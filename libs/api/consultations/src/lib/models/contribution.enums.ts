import { graphqlEnum } from '@piano2030/api-core';
import { ANCHOR_KINDS, CONTRIBUTION_KINDS, CONTRIBUTION_STATUSES } from '@piano2030/shared-domain';

export const ContributionKindEnum = graphqlEnum(
  CONTRIBUTION_KINDS,
  'ContributionKind',
  'Istanza (REQUEST), osservazione (OBSERVATION), proposta (PROPOSAL), commento (COMMENT)',
);
export const ContributionStatusEnum = graphqlEnum(
  CONTRIBUTION_STATUSES,
  'ContributionStatus',
  'PENDING awaits pre-moderation; HIDDEN is down pending review; REJECTED was refused by a moderator',
);
export const AnchorKindEnum = graphqlEnum(ANCHOR_KINDS, 'AnchorKind');
