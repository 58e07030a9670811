import { Field, Float, ObjectType } from '@nestjs/graphql';
import type { HasTexts } from '@piano2030/api-core';
import type { LocalizedText } from '@piano2030/shared-domain';
import { SourceReferenceModel } from './indicator.model';

@ObjectType('ObjectiveBudget', { description: "An objective's 2020 budget in euros (external costs only)" })
export class ObjectiveBudgetModel {
  @Field(() => Float)
  externalCosts!: number;

  @Field(() => Float)
  revenues!: number;

  @Field(() => Float)
  contributions!: number;

  @Field(() => Float)
  investments!: number;
}

@ObjectType('ChamberProject', { description: "A project of the chamber's 2020 programme (e.g. 3C0104)" })
export class ChamberProjectModel {
  @Field()
  code!: string;

  @Field()
  objectiveCode!: string;

  @Field()
  title!: string;

  @Field(() => String, { nullable: true })
  office!: string | null;

  @Field(() => String, { nullable: true })
  costCentre!: string | null;

  @Field(() => String, { nullable: true, description: 'A short English summary of the report' })
  summary!: string | null;

  @Field(() => SourceReferenceModel)
  source!: SourceReferenceModel;
}

@ObjectType('ChamberObjective', {
  description: "A strategic objective of the chamber's 2020 programme: an existing programme",
})
export class ChamberObjectiveModel implements HasTexts<'title' | 'strategicAreaTitle'> {
  @Field()
  code!: string;

  @Field()
  strategicAreaCode!: string;

  @Field()
  status!: string;

  @Field(() => ObjectiveBudgetModel, { nullable: true })
  budget!: ObjectiveBudgetModel | null;

  @Field(() => [String])
  targets!: string[];

  @Field(() => [String], {
    description: 'Areas the objective mainly serves (an interpretation of the report)',
  })
  primaryAreaCodes!: string[];

  @Field(() => [String])
  secondaryAreaCodes!: string[];

  @Field()
  crossCutting!: boolean;

  @Field(() => SourceReferenceModel)
  source!: SourceReferenceModel;

  texts!: { title: LocalizedText; strategicAreaTitle: LocalizedText };
}
