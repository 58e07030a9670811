import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { StakeholderCategory } from '@piano2030/shared-domain';
import { StakeholderCategoryEnum } from './participants.enums';

@ObjectType('Organisation', { description: 'A stakeholder organisation taking part in the process' })
export class OrganisationModel {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field(() => StakeholderCategoryEnum)
  category!: StakeholderCategory;

  @Field(() => String, { nullable: true })
  website!: string | null;
}

@ObjectType('OrganisationRepresentative', {
  description: 'A verified representative as the public sees them: public name and role, nothing else',
})
export class OrganisationRepresentativeModel {
  @Field({ description: 'Initials unless the person chose their full name' })
  publicName!: string;

  @Field({ description: 'Their role in the organisation, e.g. "Presidente"' })
  title!: string;
}
