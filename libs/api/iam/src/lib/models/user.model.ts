import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { GLOBAL_ROLES } from '@piano2030/shared-domain';

export const GlobalRoleEnum = Object.fromEntries(GLOBAL_ROLES.map((role) => [role, role]));
registerEnumType(GlobalRoleEnum, { name: 'GlobalRole' });

/** An account as its owner (or an administrator) sees it. People appear to others through other types. */
@ObjectType('User')
export class UserModel {
  @Field(() => ID)
  id!: string;

  @Field()
  email!: string;

  @Field()
  displayName!: string;

  @Field()
  createdAt!: Date;
}
