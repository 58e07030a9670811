import { CONTRIBUTION_LIMITS, contributionBodyProblem } from '@piano2030/shared-domain';
import { readApiError } from '@piano2030/web-core';
import type { ActionFeedback } from '@piano2030/web-ui';
import type { TFunction } from 'i18next';

type Rule = [RegExp, (match: RegExpExecArray, t: TFunction) => string];

/** The sentences of the contribution rules (shared by the form's checks and the API), in the reader's language. */
const RULES: Rule[] = [
  [/^body must not be empty$/, (_, t) => t('consultations.checks.bodyEmpty')],
  [
    /^body must be at most (\d+) characters \(it has (\d+)\)$/,
    (m, t) => t('consultations.checks.bodyTooLong', { max: Number(m[1]), count: Number(m[2]) }),
  ],
  [/^body must not contain (NUL|control) characters$/, (_, t) => t('consultations.checks.bodyControl')],
  [/^the text is unchanged$/, (_, t) => t('consultations.checks.unchanged')],
  [/^anchor\.ref must/, (_, t) => t('consultations.checks.anchor')],
  [/^note must/, (_, t) => t('consultations.checks.noteTooLong', { max: CONTRIBUTION_LIMITS.reportNoteMax })],
];

function translate(message: string, t: TFunction): string | null {
  for (const [pattern, say] of RULES) {
    const match = pattern.exec(message);
    if (match) return say(match, t);
  }
  return null;
}

/** The form's own check of a body, before sending: the same rule the API applies. */
export function checkBody(body: string, t: TFunction): ActionFeedback | null {
  const problem = contributionBodyProblem(body);
  if (!problem) return null;
  const message = translate(problem, t) ?? problem;
  return { lead: t('errors.BAD_USER_INPUT'), fieldErrors: { body: [message] } };
}

/**
 * A refused write as the form shows it: the kind of refusal (a rate limit says how long to wait),
 * translated messages next to the fields they are about, and what the form cannot place in the
 * alert, in the API's words.
 */
export function contributionFeedback(
  error: unknown,
  t: TFunction,
  fields: readonly string[],
): ActionFeedback {
  const apiError = readApiError(error);
  if (apiError.code === 'TOO_MANY_REQUESTS') {
    return {
      lead: t('consultations.errors.rateLimited', {
        max: CONTRIBUTION_LIMITS.perPersonPerMinute,
        count: apiError.retryAfterSeconds ?? 60,
      }),
      fieldErrors: {},
    };
  }
  const lead = t(`errors.${apiError.code}`);
  if (apiError.code === 'NETWORK') return { lead: t('consultations.errors.network'), fieldErrors: {} };
  if (apiError.code !== 'BAD_USER_INPUT') return { lead, detail: apiError.message, fieldErrors: {} };
  const fieldErrors: Record<string, string[]> = {};
  const unplaced: string[] = [];
  for (const [path, messages] of Object.entries(apiError.fieldErrors)) {
    const field = fields.find((one) => path === one || path.startsWith(`${one}.`));
    for (const message of messages) {
      const said = translate(message, t);
      if (field && said) (fieldErrors[field] ??= []).push(said);
      else unplaced.push(message);
    }
  }
  const detail = unplaced.length
    ? unplaced.join(' ')
    : Object.keys(fieldErrors).length
      ? undefined
      : apiError.message;
  return detail ? { lead, detail, fieldErrors } : { lead, fieldErrors };
}
