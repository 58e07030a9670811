import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import type { DispositionOutcome, SwotQuadrant } from '@piano2030/shared-domain';
import { DispositionOutcomeEnum, DispositionStatusEnum, type DispositionStatus } from './moderation.enums';

@ObjectType('DispositionIntervention', { description: 'The intervention an answer points at' })
export class DispositionInterventionModel {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'Area and number, e.g. PS6.1' })
  reference!: string;

  @Field()
  title!: string;
}

@ObjectType('DispositionSwotItem', { description: 'The SWOT item an answer points at' })
export class DispositionSwotItemModel {
  @Field(() => ID)
  id!: string;

  @Field()
  areaCode!: string;

  // A string, not the SwotQuadrant enum: consultations do not depend on the context library (it may depend on them).
  @Field(() => String, { description: 'STRENGTH, WEAKNESS, OPPORTUNITY or THREAT' })
  quadrant!: SwotQuadrant;

  @Field()
  text!: string;
}

@ObjectType('Disposition', {
  description:
    "The committee's reasoned answer to a contribution (esito), linked to what changed because of it",
})
export class DispositionModel {
  @Field(() => ID)
  contributionId!: string;

  @Field(() => DispositionOutcomeEnum)
  outcome!: DispositionOutcome;

  @Field()
  reasons!: string;

  @Field(() => DispositionStatusEnum)
  status!: DispositionStatus;

  @Field({ description: 'True once published: the official answer of the Comitato operativo' })
  official!: boolean;

  @Field(() => Int, { description: 'Raised by each change; give it back as expectedVersion to change it' })
  version!: number;

  @Field(() => GraphQLISODateTime, { description: 'When it was last written' })
  preparedAt!: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  publishedAt!: Date | null;

  @Field(() => DispositionInterventionModel, { nullable: true })
  intervention!: DispositionInterventionModel | null;

  @Field(() => Int, {
    nullable: true,
    description: 'The intervention version that carries the change (null: not made yet, or none)',
  })
  interventionVersion!: number | null;

  @Field(() => DispositionSwotItemModel, { nullable: true })
  swotItem!: DispositionSwotItemModel | null;

  @Field(() => Int, { nullable: true, description: 'The SWOT item version that carries the change' })
  swotItemVersion!: number | null;
}
