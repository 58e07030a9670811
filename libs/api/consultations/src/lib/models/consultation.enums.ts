import { graphqlEnum } from '@piano2030/api-core';
import { CONSULTATION_STATUSES, PARTICIPATION_MODES } from '@piano2030/shared-domain';

export const ConsultationStatusEnum = graphqlEnum(
  CONSULTATION_STATUSES,
  'ConsultationStatus',
  'DRAFT (committee only) -> SCHEDULED (announced) -> OPEN -> CLOSED -> REPORT_PUBLISHED',
);
export const ParticipationModeEnum = graphqlEnum(
  PARTICIPATION_MODES,
  'ParticipationMode',
  'Who may take part: any registered person, only verified organisations, or only those invited',
);
