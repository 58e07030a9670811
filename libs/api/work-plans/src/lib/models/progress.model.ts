import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { GraphQLLocalDate } from '@piano2030/api-core';

@ObjectType('ProgressRollUp', { description: 'Activities counted by status, and mean progress' })
export class ProgressRollUpModel {
  @Field(() => String, { nullable: true, description: 'Phase or area code; null for the whole plan' })
  key!: string | null;

  @Field(() => Int)
  total!: number;

  @Field(() => Int)
  planned!: number;

  @Field(() => Int)
  inProgress!: number;

  @Field(() => Int)
  done!: number;

  @Field(() => Int)
  late!: number;

  @Field(() => Int)
  cancelled!: number;

  @Field(() => Float, { description: 'Mean progress of the activities not cancelled, 0 to 100' })
  percent!: number;
}

@ObjectType('WorkPlanProgress')
export class WorkPlanProgressModel {
  @Field(() => GraphQLLocalDate, { description: 'The day lateness is judged against' })
  asOf!: string;

  @Field(() => ProgressRollUpModel)
  overall!: ProgressRollUpModel;

  @Field(() => [ProgressRollUpModel])
  byPhase!: ProgressRollUpModel[];

  @Field(() => [ProgressRollUpModel])
  byArea!: ProgressRollUpModel[];
}
