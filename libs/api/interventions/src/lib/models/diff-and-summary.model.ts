import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { FieldChangeModel } from '@piano2030/api-context';
import type { FundingSource, ResourceGrouping } from '@piano2030/shared-domain';
import { FundingSourceEnum, ResourceGroupingEnum } from './interventions.enums';

@ObjectType('InterventionDiff', {
  description: 'Field by field, word by word for text, entry by entry for lists',
})
export class InterventionDiffModel {
  @Field(() => ID)
  interventionId!: string;

  @Field(() => Int)
  fromVersion!: number;

  @Field(() => Int)
  toVersion!: number;

  @Field(() => [FieldChangeModel])
  changes!: FieldChangeModel[];
}

@ObjectType('YearAmount')
export class YearAmountModel {
  @Field(() => Int)
  year!: number;

  @Field(() => Float)
  total!: number;
}

@ObjectType('SourceAmount')
export class SourceAmountModel {
  @Field(() => FundingSourceEnum)
  source!: FundingSource;

  @Field(() => Float)
  total!: number;
}

@ObjectType('ResourceGroup')
export class ResourceGroupModel {
  @Field({ description: 'An area code, a funding source, a year or a guideline code' })
  key!: string;

  @Field(() => Float)
  total!: number;

  @Field(() => Int)
  interventionCount!: number;

  @Field(() => [YearAmountModel], { description: 'Every year 2021-2030, zeros included' })
  byYear!: YearAmountModel[];

  @Field(() => [SourceAmountModel], { description: 'Every funding source, zeros included' })
  bySource!: SourceAmountModel[];
}

@ObjectType('ResourceSummary', {
  description:
    'Resources of the interventions (discarded ones left out). By guideline, an intervention counts under each guideline it serves, so groups may add up to more than the total.',
})
export class ResourceSummaryModel {
  @Field(() => ResourceGroupingEnum)
  groupBy!: ResourceGrouping;

  @Field(() => Float)
  total!: number;

  @Field(() => Int)
  interventionCount!: number;

  @Field(() => [ResourceGroupModel])
  groups!: ResourceGroupModel[];
}
