import { readApiError, type FieldErrors } from '@piano2030/web-core';
import type { TFunction } from 'i18next';

/** What a form shows after a submit: messages next to fields, and one summary at the top. */
export interface FormFeedback {
  fieldErrors: FieldErrors;
  summary?: string;
}

export const NO_FEEDBACK: FormFeedback = { fieldErrors: {} };

/**
 * Reads the API's error into form feedback. A field the API rejects shows the form's own rule for
 * it, in the reader's language (the API's messages are English); a field the form does not have
 * joins the summary with the API's message, so that no message is ever dropped.
 */
export function feedbackFromApiError(
  error: unknown,
  fieldRules: Readonly<Record<string, string>>,
  t: TFunction,
): FormFeedback {
  const apiError = readApiError(error);
  switch (apiError.code) {
    case 'BAD_USER_INPUT': {
      const fieldErrors: FieldErrors = {};
      const unplaced: string[] = [];
      for (const [field, messages] of Object.entries(apiError.fieldErrors)) {
        if (field in fieldRules) fieldErrors[field] = [fieldRules[field]];
        else unplaced.push(...messages);
      }
      return { fieldErrors, summary: [t('auth.errors.checkFields'), ...unplaced].join(' ') };
    }
    case 'CONFLICT':
      return { fieldErrors: { email: [t('auth.errors.emailTaken')] }, summary: t('auth.errors.checkFields') };
    case 'UNAUTHENTICATED':
      return { fieldErrors: {}, summary: t('auth.errors.wrongCredentials') };
    case 'TOO_MANY_REQUESTS':
      return { fieldErrors: {}, summary: tooManyAttempts(apiError.retryAfterSeconds, t) };
    case 'NETWORK':
      return { fieldErrors: {}, summary: t('auth.errors.network') };
    default:
      return { fieldErrors: {}, summary: t('auth.errors.unexpected') };
  }
}

function tooManyAttempts(retryAfterSeconds: number | undefined, t: TFunction): string {
  if (!retryAfterSeconds) return t('auth.errors.tooManyAttempts');
  if (retryAfterSeconds < 60) return t('auth.errors.retryInSeconds', { count: retryAfterSeconds });
  return t('auth.errors.retryInMinutes', { count: Math.ceil(retryAfterSeconds / 60) });
}

export function hasFieldErrors(feedback: FormFeedback): boolean {
  return Object.values(feedback.fieldErrors).some((messages) => messages.length > 0);
}
