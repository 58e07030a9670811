import { BodyEntity } from './entities/body.entity';
import { MembershipEntity } from './entities/membership.entity';

export const GOVERNANCE_ENTITIES = [BodyEntity, MembershipEntity];
