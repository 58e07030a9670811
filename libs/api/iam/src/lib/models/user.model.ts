import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { GLOBAL_ROLES, PUBLIC_NAME_MODES, type PublicNameMode } from '@piano2030/shared-domain';
import { graphqlEnum } from '@piano2030/api-core';

export const GlobalRoleEnum = Object.fromEntries(GLOBAL_ROLES.map((role) => [role, role]));
registerEnumType(GlobalRoleEnum, { name: 'GlobalRole' });

export const PublicNameModeEnum = graphqlEnum(
  PUBLIC_NAME_MODES,
  'PublicNameMode',
  'How a person appears in public: by initials (the default) or by full display name',
);

/** An account as its owner (or an administrator) sees it. People appear to others through other types. */
@ObjectType('User')
export class UserModel {
  @Field(() => ID)
  id!: string;

  @Field()
  email!: string;

  @Field()
  displayName!: string;

  @Field(() => PublicNameModeEnum)
  publicNameMode!: PublicNameMode;

  @Field(() => Date, { nullable: true, description: 'When the privacy notice was accepted' })
  privacyConsentAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'The version of the privacy notice accepted' })
  privacyNoticeVersion!: string | null;

  @Field()
  createdAt!: Date;
}
