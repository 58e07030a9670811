import { ArgsType, Field, ID, Int } from '@nestjs/graphql';
import { IsNumberString, IsOptional, Max, Min } from 'class-validator';
import { GRAPHQL_LIMITS } from '@piano2030/shared-domain';

@ArgsType()
export class AuditLogArgs {
  @Field(() => Int, { defaultValue: 20 })
  @Min(1)
  @Max(GRAPHQL_LIMITS.maxPageSize)
  first = 20;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsNumberString({ no_symbols: true }, { message: 'after must be the id of an audit entry' })
  after?: string;
}
