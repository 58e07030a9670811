import { Field, InputType } from '@nestjs/graphql';
import { Equals, IsEmail, IsString, Length, MaxLength } from 'class-validator';
import { ACCOUNT_LIMITS as L } from '@piano2030/shared-domain';
import { IsPlainText, Trim } from '@piano2030/api-core';

@InputType()
export class RegisterInput {
  @Field()
  @Trim()
  @IsEmail({}, { message: 'email must be a valid e-mail address' })
  @MaxLength(L.emailMaxLength)
  email!: string;

  @Field()
  @IsString()
  @Length(L.passwordMinLength, L.passwordMaxLength, {
    message: `password must be between ${L.passwordMinLength} and ${L.passwordMaxLength} characters`,
  })
  password!: string;

  @Field()
  @IsString()
  @Length(L.displayNameMinLength, L.displayNameMaxLength, {
    message: `displayName must be between ${L.displayNameMinLength} and ${L.displayNameMaxLength} characters`,
  })
  @IsPlainText()
  displayName!: string;

  @Field(() => Boolean, {
    description: 'True when the person accepted the privacy notice; registration needs it',
  })
  @Equals(true, { message: 'privacyConsent must be true: accept the privacy notice to register' })
  privacyConsent!: boolean;
}
