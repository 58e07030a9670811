import { readApiError, type FieldErrors } from '@piano2030/web-core';
import type { TFunction } from 'i18next';

/** What a governance action shows after it failed: one alert, and messages next to the fields at fault. */
export interface ActionFeedback {
  /** In the reader's language: what kind of refusal this is. */
  lead: string;
  /** The API's own explanation (FORBIDDEN and CONFLICT say why), which is in English. */
  detail?: string;
  fieldErrors: FieldErrors;
}

/**
 * Reads the API's error. A field the form knows gets the form's own rule, in the reader's language;
 * fields the API names with an index (`agenda.2.title`) match a rule written with `*` (`agenda.*.title`).
 * Whatever the form cannot place joins the alert, so no message is ever dropped.
 */
export function feedbackFromError(
  error: unknown,
  t: TFunction,
  fieldRules: Readonly<Record<string, string>> = {},
): ActionFeedback {
  const apiError = readApiError(error);
  const lead = t(`governance.errors.${apiError.code}`);
  if (apiError.code === 'NETWORK') return { lead, fieldErrors: {} };
  if (apiError.code !== 'BAD_USER_INPUT') return { lead, detail: apiError.message, fieldErrors: {} };
  const fieldErrors: FieldErrors = {};
  const unplaced: string[] = [];
  for (const [field, messages] of Object.entries(apiError.fieldErrors)) {
    const rule = fieldRules[field] ?? fieldRules[field.replace(/\.\d+(?=\.|$)/g, '.*')];
    if (rule) fieldErrors[field] = [rule];
    else unplaced.push(...messages);
  }
  const placed = Object.keys(fieldErrors).length > 0;
  const detail = unplaced.length ? unplaced.join(' ') : placed ? undefined : apiError.message;
  return detail ? { lead, detail, fieldErrors } : { lead, fieldErrors };
}

/** The form's own checks, shaped like the API's answer so both show the same way. */
export function feedbackFromChecks(fieldErrors: FieldErrors, t: TFunction): ActionFeedback | null {
  return Object.values(fieldErrors).some((messages) => messages.length)
    ? { lead: t('governance.errors.BAD_USER_INPUT'), fieldErrors }
    : null;
}
