import { Field, Float, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { GraphQLLocalDate } from '@piano2030/api-core';
import type { FundingSource, InterventionStatus } from '@piano2030/shared-domain';
import { FundingSourceEnum, InterventionStatusEnum } from './interventions.enums';

@ObjectType('InterventionResource', { description: 'Euros needed in one year from one funding source' })
export class InterventionResourceModel {
  @Field(() => Int)
  year!: number;

  @Field(() => FundingSourceEnum)
  source!: FundingSource;

  @Field(() => Float)
  amount!: number;
}

@ObjectType('InterventionKpi')
export class InterventionKpiModel {
  @Field()
  name!: string;

  @Field()
  unit!: string;

  @Field(() => Float)
  baselineValue!: number;

  @Field(() => Int)
  baselineYear!: number;

  @Field(() => Float)
  target2030!: number;

  @Field(() => String, { nullable: true })
  indicatorCode!: string | null;
}

@ObjectType('InterventionMilestone')
export class InterventionMilestoneModel {
  @Field()
  title!: string;

  @Field(() => GraphQLLocalDate)
  dueOn!: string;
}

@ObjectType('Intervention', { description: 'An intervention to carry out by 2030 (scheda intervento)' })
export class InterventionModel {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'Area and number, e.g. PS6.3' })
  reference!: string;

  @Field()
  areaCode!: string;

  @Field(() => ID)
  priorityId!: string;

  @Field(() => InterventionStatusEnum)
  status!: InterventionStatus;

  @Field(() => Int, { description: 'The latest version; give it back as expectedVersion when changing it' })
  version!: number;

  @Field()
  title!: string;

  @Field()
  description!: string;

  @Field()
  objectives!: string;

  @Field()
  expectedResults!: string;

  @Field(() => [String])
  guidelineCodes!: string[];

  @Field(() => [InterventionKpiModel])
  kpis!: InterventionKpiModel[];

  @Field(() => GraphQLLocalDate)
  startsOn!: string;

  @Field(() => GraphQLLocalDate)
  endsOn!: string;

  @Field(() => [InterventionMilestoneModel])
  milestones!: InterventionMilestoneModel[];

  @Field()
  leadActor!: string;

  @Field(() => [String])
  partners!: string[];

  @Field(() => [String])
  projectCodes!: string[];

  @Field(() => GraphQLISODateTime)
  updatedAt!: Date;
}

@ObjectType('InterventionVersion', { description: 'One saved state: who, when, why' })
export class InterventionVersionModel {
  @Field(() => Int)
  version!: number;

  @Field(() => InterventionStatusEnum)
  status!: InterventionStatus;

  @Field()
  title!: string;

  @Field(() => Float, { description: 'Total resources of that version, in euros' })
  totalResources!: number;

  @Field()
  authorName!: string;

  @Field(() => String, { nullable: true })
  reason!: string | null;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;
}
