import { ArgsType, Field, ID, Int } from '@nestjs/graphql';
import { IsDate, IsNumberString, IsOptional, IsString, IsUUID, Length, Max, Min } from 'class-validator';
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

  @Field(() => String, {
    nullable: true,
    description: 'An action ("vote.cast") or a family of actions ending in a dot ("vote.")',
  })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  action?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'actorId must be the id of an account' })
  actorId?: string;

  @Field(() => String, { nullable: true, description: 'e.g. "meeting", "vote", "membership"' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  subjectType?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  subjectId?: string;

  @Field(() => Date, { nullable: true, description: 'Entries at or after this time' })
  @IsOptional()
  @IsDate()
  from?: Date;

  @Field(() => Date, { nullable: true, description: 'Entries before this time' })
  @IsOptional()
  @IsDate()
  to?: Date;
}
