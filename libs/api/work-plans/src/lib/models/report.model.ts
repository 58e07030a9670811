import { Field, Int, ObjectType } from '@nestjs/graphql';
import { GraphQLLocalDate } from '@piano2030/api-core';

@ObjectType('ReportActivity')
export class ReportActivityModel {
  @Field()
  title!: string;

  @Field()
  phaseCode!: string;

  @Field()
  areaCode!: string;

  @Field()
  owner!: string;

  @Field(() => GraphQLLocalDate)
  startOn!: string;

  @Field(() => GraphQLLocalDate)
  dueOn!: string;

  @Field({ description: 'As of the day the report was assembled, LATE included' })
  status!: string;

  @Field(() => Int)
  progress!: number;

  @Field({ description: 'Carried over into a later quarter' })
  carriedOver!: boolean;
}

@ObjectType('ReportDecision')
export class ReportDecisionModel {
  @Field()
  reference!: string;

  @Field()
  title!: string;

  @Field()
  result!: string;

  @Field()
  decidedAt!: string;
}

@ObjectType('WorkPlanReportContent', {
  description: 'What the report says from the data: live while a draft, frozen once submitted',
})
export class ReportContentModel {
  @Field(() => GraphQLLocalDate)
  assembledOn!: string;

  @Field(() => [ReportActivityModel])
  activities!: ReportActivityModel[];

  @Field(() => [ReportDecisionModel], { description: 'Cabina decisions taken during the quarter' })
  decisions!: ReportDecisionModel[];
}
