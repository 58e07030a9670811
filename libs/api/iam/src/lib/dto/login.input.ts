import { Field, InputType } from '@nestjs/graphql';
import { IsString, MaxLength, MinLength } from 'class-validator';
import { ACCOUNT_LIMITS } from '@piano2030/shared-domain';

/** Deliberately loose: a sign-in form says only "wrong e-mail or password", never which rule failed. */
@InputType()
export class LoginInput {
  @Field()
  @IsString()
  @MinLength(1, { message: 'email is required' })
  @MaxLength(ACCOUNT_LIMITS.emailMaxLength)
  email!: string;

  @Field()
  @IsString()
  @MinLength(1, { message: 'password is required' })
  @MaxLength(ACCOUNT_LIMITS.passwordMaxLength)
  password!: string;
}
