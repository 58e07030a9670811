import { Field, InputType } from '@nestjs/graphql';
import { IsIn, IsString } from 'class-validator';
import { PROCESS_PHASE_CODES, type ProcessPhaseCode } from '@piano2030/shared-domain';
import { GraphQLLocalDate } from '@piano2030/api-core';

@InputType()
export class UpdateProcessPhaseInput {
  @Field(() => String)
  @IsIn(PROCESS_PHASE_CODES, { message: `code must be one of ${PROCESS_PHASE_CODES.join(', ')}` })
  code!: ProcessPhaseCode;

  // The Date scalar has already checked the format; this marks the field as accepted input.
  @Field(() => GraphQLLocalDate)
  @IsString()
  startsOn!: string;

  @Field(() => GraphQLLocalDate)
  @IsString()
  endsOn!: string;
}
