import type { TFunction } from 'i18next';

/** Messages per input field, keyed like the API's `fieldErrors`. */
export type FieldMessages = Record<string, string[]>;

/** What an action shows after it failed: one alert, and messages next to the fields at fault. */
export interface ActionFeedback {
  /** In the reader's language: what kind of refusal this is. */
  lead: string;
  /** The API's own explanation (FORBIDDEN and CONFLICT say why), which is in English. */
  detail?: string;
  fieldErrors: FieldMessages;
}

/** An API error as the data-access layer reads it (`readApiError`). */
export interface ApiErrorLike {
  code: string;
  message: string;
  fieldErrors: Readonly<Record<string, readonly string[]>>;
}

const LEADS = {
  UNAUTHENTICATED: 'errors.UNAUTHENTICATED',
  FORBIDDEN: 'errors.FORBIDDEN',
  NOT_FOUND: 'errors.NOT_FOUND',
  BAD_USER_INPUT: 'errors.BAD_USER_INPUT',
  CONFLICT: 'errors.CONFLICT',
  TOO_MANY_REQUESTS: 'errors.TOO_MANY_REQUESTS',
  NETWORK: 'errors.NETWORK',
} as const;

function leadFor(code: string, t: TFunction): string {
  return t(code in LEADS ? LEADS[code as keyof typeof LEADS] : 'errors.UNKNOWN');
}

/**
 * Turns the API's error into feedback. A field the form knows gets the form's own rule, in the
 * reader's language; fields the API names with an index (`agenda.2.title`) match a rule written
 * with `*` (`agenda.*.title`). Whatever the form cannot place joins the alert, so no message is
 * ever dropped.
 */
export function feedbackFromError(
  apiError: ApiErrorLike,
  t: TFunction,
  fieldRules: Readonly<Record<string, string>> = {},
): ActionFeedback {
  const lead = leadFor(apiError.code, t);
  if (apiError.code === 'NETWORK') return { lead, fieldErrors: {} };
  if (apiError.code !== 'BAD_USER_INPUT') return { lead, detail: apiError.message, fieldErrors: {} };
  const fieldErrors: FieldMessages = {};
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

/**
 * Turns the API's error into feedback for a form that translates and places the API's field
 * messages itself: BAD_USER_INPUT naming fields gives those messages as they are, by field; any
 * other refusal gives the API's explanation.
 */
export function refusalFromError(apiError: ApiErrorLike, t: TFunction): ActionFeedback {
  const lead = leadFor(apiError.code, t);
  const fields = Object.entries(apiError.fieldErrors);
  if (apiError.code === 'BAD_USER_INPUT' && fields.length) {
    return {
      lead,
      fieldErrors: Object.fromEntries(fields.map(([field, messages]) => [field, [...messages]])),
    };
  }
  return { lead, detail: apiError.message, fieldErrors: {} };
}

/** The form's own checks, shaped like the API's answer so both show the same way. */
export function feedbackFromChecks(fieldErrors: FieldMessages, t: TFunction): ActionFeedback | null {
  return Object.values(fieldErrors).some((messages) => messages.length)
    ? { lead: t('errors.BAD_USER_INPUT'), fieldErrors }
    : null;
}
