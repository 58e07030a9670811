import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('Priority', { description: 'A strategic priority of an area, grouping its interventions' })
export class PriorityModel {
  @Field(() => ID)
  id!: string;

  @Field()
  areaCode!: string;

  @Field(() => Int)
  position!: number;

  @Field()
  title!: string;

  @Field()
  description!: string;

  @Field(() => [String])
  guidelineCodes!: string[];

  @Field(() => Int)
  revision!: number;
}
