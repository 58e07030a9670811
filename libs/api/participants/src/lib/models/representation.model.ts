import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { RepresentationStatus } from '@piano2030/shared-domain';
import { RepresentationStatusEnum } from './participants.enums';

/** A request to represent an organisation, as its author and the administrators see it. */
@ObjectType('Representation', {
  description: "A person's request to act on an organisation's behalf, and the administrators' decision",
})
export class RepresentationModel {
  @Field(() => ID)
  id!: string;

  organisationId!: string;

  userId!: string;

  @Field({ description: 'Their role in the organisation, e.g. "Presidente"' })
  title!: string;

  @Field(() => RepresentationStatusEnum)
  status!: RepresentationStatus;

  @Field()
  requestedAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When it was verified, rejected or revoked' })
  decidedAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'Why it was rejected or revoked' })
  decisionReason!: string | null;
}
