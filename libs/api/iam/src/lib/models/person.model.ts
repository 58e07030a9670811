import { Field, ID, ObjectType } from '@nestjs/graphql';

/** A person as others see them: the display name only, never the e-mail. */
@ObjectType('Person')
export class PersonModel {
  @Field(() => ID)
  id!: string;

  @Field()
  displayName!: string;
}
