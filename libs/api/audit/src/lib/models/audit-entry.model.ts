import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { JsonObject } from '@piano2030/shared-domain';
import { GraphQLJSON } from '@piano2030/api-core';

@ObjectType('AuditEntry', { description: 'An entry of the audit trail' })
export class AuditEntryModel {
  @Field(() => ID)
  id!: string;

  @Field()
  occurredAt!: Date;

  @Field(() => ID, { nullable: true })
  actorId!: string | null;

  @Field()
  action!: string;

  @Field()
  subjectType!: string;

  @Field(() => String, { nullable: true })
  subjectId!: string | null;

  @Field(() => GraphQLJSON)
  data!: JsonObject;
}

@ObjectType('AuditEntryPage')
export class AuditEntryPageModel {
  @Field(() => [AuditEntryModel])
  items!: AuditEntryModel[];

  @Field()
  hasMore!: boolean;
}
