import { registerEnumType } from '@nestjs/graphql';
import { MEMBERSHIP_ROLES } from '../membership-roles';

export const MembershipRoleEnum = Object.fromEntries(MEMBERSHIP_ROLES.map((role) => [role, role]));
registerEnumType(MembershipRoleEnum, { name: 'MembershipRole' });

export const BodyKindEnum = {
  STEERING_BOARD: 'STEERING_BOARD',
  OPERATIONAL_COMMITTEE: 'OPERATIONAL_COMMITTEE',
};
registerEnumType(BodyKindEnum, { name: 'BodyKind' });
