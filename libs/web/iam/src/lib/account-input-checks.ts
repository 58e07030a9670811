import { ACCOUNT_LIMITS } from '@piano2030/shared-domain';
import type { FieldErrors } from '@piano2030/web-core';
import type { TFunction } from 'i18next';

export interface SignInValues {
  email: string;
  password: string;
}

export interface RegistrationValues extends SignInValues {
  displayName: string;
  privacyConsent: boolean;
}

// Deliberately loose: the API has the final word; this only catches obvious slips before a round trip.
const EMAIL_SHAPE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function checkSignIn(values: SignInValues, t: TFunction): FieldErrors {
  const errors: FieldErrors = {};
  if (!values.email.trim()) errors.email = [t('auth.checks.emailRequired')];
  if (!values.password) errors.password = [t('auth.checks.passwordRequired')];
  return errors;
}

export function checkRegistration(values: RegistrationValues, t: TFunction): FieldErrors {
  const errors: FieldErrors = {};
  const email = values.email.trim();
  if (!email) errors.email = [t('auth.checks.emailRequired')];
  else if (!EMAIL_SHAPE.test(email) || email.length > ACCOUNT_LIMITS.emailMaxLength) {
    errors.email = [t('auth.checks.emailInvalid')];
  }
  const { passwordMinLength: min, passwordMaxLength: max } = ACCOUNT_LIMITS;
  if (values.password.length < min || values.password.length > max) {
    errors.password = [t('auth.checks.passwordLength', { min, max })];
  }
  const name = values.displayName.trim();
  const { displayNameMinLength: nameMin, displayNameMaxLength: nameMax } = ACCOUNT_LIMITS;
  if (name.length < nameMin || name.length > nameMax) {
    errors.displayName = [t('auth.checks.displayNameLength', { min: nameMin, max: nameMax })];
  }
  if (!values.privacyConsent) errors.privacyConsent = [t('auth.checks.privacyConsentRequired')];
  return errors;
}
