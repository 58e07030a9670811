import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { ActivityChange, PlannedField } from '@piano2030/shared-domain';
import { ActivityChangeKindEnum, PlannedFieldEnum } from './work-plan.enums';

@ObjectType('ActivityFieldChange')
export class FieldChangeModel {
  @Field(() => PlannedFieldEnum)
  field!: PlannedField;

  @Field({ description: 'People are shown by name, lists joined with "; "' })
  before!: string;

  @Field()
  after!: string;
}

@ObjectType('ActivityChange', { description: 'How an activity differs from the previous version' })
export class ActivityChangeModel {
  @Field(() => ID)
  lineageId!: string;

  @Field()
  title!: string;

  @Field(() => ActivityChangeKindEnum)
  kind!: ActivityChange['kind'];

  @Field(() => [FieldChangeModel])
  changes!: FieldChangeModel[];
}
