import { Field, ObjectType } from '@nestjs/graphql';
import type { DiffOp } from '@piano2030/shared-domain';
import { DiffOpEnum } from './context.enums';

@ObjectType('DiffSegment', { description: 'A run of words (or list entries) kept, added or removed' })
export class DiffSegmentModel {
  @Field(() => DiffOpEnum)
  op!: DiffOp;

  @Field()
  text!: string;
}

@ObjectType('FieldChange', {
  description: 'One field that differs between two versions, word by word for text',
})
export class FieldChangeModel {
  @Field()
  field!: string;

  @Field()
  before!: string;

  @Field()
  after!: string;

  @Field(() => [DiffSegmentModel])
  segments!: DiffSegmentModel[];
}
