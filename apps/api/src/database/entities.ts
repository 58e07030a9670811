import { AUDIT_ENTITIES } from '@piano2030/api-audit';
import { CONSULTATIONS_ENTITIES } from '@piano2030/api-consultations';
import { CONTEXT_ENTITIES } from '@piano2030/api-context';
import { GOVERNANCE_ENTITIES } from '@piano2030/api-governance';
import { IAM_ENTITIES } from '@piano2030/api-iam';
import { INTERVENTIONS_ENTITIES } from '@piano2030/api-interventions';
import { NOTIFICATIONS_ENTITIES } from '@piano2030/api-notifications';
import { PARTICIPANTS_ENTITIES } from '@piano2030/api-participants';
import { REFERENCE_ENTITIES } from '@piano2030/api-reference';
import { WORK_PLANS_ENTITIES } from '@piano2030/api-work-plans';

/** Every entity of every domain: the one list TypeORM and the migration generator use. */
export const ENTITIES = [
  ...AUDIT_ENTITIES,
  ...IAM_ENTITIES,
  ...REFERENCE_ENTITIES,
  ...GOVERNANCE_ENTITIES,
  ...WORK_PLANS_ENTITIES,
  ...CONTEXT_ENTITIES,
  ...INTERVENTIONS_ENTITIES,
  ...PARTICIPANTS_ENTITIES,
  ...CONSULTATIONS_ENTITIES,
  ...NOTIFICATIONS_ENTITIES,
];
