import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import type { EvidenceKind, SwotItemStatus, SwotQuadrant } from '@piano2030/shared-domain';
import { EvidenceKindEnum, SwotItemStatusEnum, SwotQuadrantEnum } from './context.enums';
import { FieldChangeModel } from './diff.model';

@ObjectType('SwotEvidence')
export class SwotEvidenceModel {
  @Field(() => EvidenceKindEnum)
  kind!: EvidenceKind;

  @Field({ description: 'The indicator code, the document URL or the contribution id' })
  reference!: string;

  @Field(() => String, { nullable: true })
  label!: string | null;
}

@ObjectType('SwotItem', { description: "An item of an area's SWOT analysis" })
export class SwotItemModel {
  @Field(() => ID)
  id!: string;

  @Field()
  areaCode!: string;

  @Field(() => SwotQuadrantEnum)
  quadrant!: SwotQuadrant;

  @Field()
  text!: string;

  @Field(() => Int, { description: 'How much it weighs, 1 (little) to 5 (a great deal)' })
  weight!: number;

  @Field(() => [SwotEvidenceModel])
  evidence!: SwotEvidenceModel[];

  @Field(() => SwotItemStatusEnum)
  status!: SwotItemStatus;

  @Field(() => Int, {
    description: 'The latest version; give it back as expectedVersion when changing the item',
  })
  version!: number;

  @Field(() => GraphQLISODateTime, { nullable: true })
  publishedAt!: Date | null;

  @Field(() => GraphQLISODateTime)
  updatedAt!: Date;

  createdBy!: string;
}

@ObjectType('SwotItemVersion', { description: 'One state of an item: who, when, why and what' })
export class SwotItemVersionModel {
  @Field(() => Int)
  version!: number;

  @Field(() => SwotQuadrantEnum)
  quadrant!: SwotQuadrant;

  @Field()
  text!: string;

  @Field(() => Int)
  weight!: number;

  @Field(() => [SwotEvidenceModel])
  evidence!: SwotEvidenceModel[];

  @Field(() => SwotItemStatusEnum)
  status!: SwotItemStatus;

  @Field()
  authorName!: string;

  @Field(() => String, { nullable: true })
  reason!: string | null;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;
}

@ObjectType('SwotEdition', { description: "A publication of an area's SWOT by the committee" })
export class SwotEditionModel {
  @Field(() => Int)
  edition!: number;

  @Field(() => GraphQLISODateTime)
  publishedAt!: Date;

  @Field()
  publishedByName!: string;

  @Field(() => Int)
  itemCount!: number;

  @Field(() => String, { nullable: true })
  note!: string | null;
}

@ObjectType('SwotAnalysis', {
  description: "An area's SWOT: published items for everyone, drafts for the bodies and experts",
})
export class SwotAnalysisModel {
  @Field()
  areaCode!: string;

  @Field(() => [SwotItemModel])
  items!: SwotItemModel[];

  @Field(() => [SwotEditionModel], { description: 'Newest first' })
  editions!: SwotEditionModel[];

  @Field({ description: 'Drafts or withdrawals the next publication would make public' })
  hasUnpublishedChanges!: boolean;
}

@ObjectType('SwotItemDiff')
export class SwotItemDiffModel {
  @Field(() => ID)
  itemId!: string;

  @Field(() => Int)
  fromVersion!: number;

  @Field(() => Int)
  toVersion!: number;

  @Field(() => [FieldChangeModel])
  changes!: FieldChangeModel[];
}
