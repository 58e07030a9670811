import { readApiError } from '@piano2030/web-core';
import { feedbackFromError, type ActionFeedback, type FieldMessages } from '@piano2030/web-ui';
import type { TFunction } from 'i18next';

export interface ChangeFeedback {
  feedback: ActionFeedback;
  /**
   * Set when the change was refused for a stale revision: the revision the record is now at. The
   * form keeps what was typed and sends it against this one next time, once the person has seen
   * the reloaded page.
   */
  currentRevision: number | null;
}

/** Lists are edited as one field (`contributorIds`), though the API names the item (`contributorIds.2`). */
function byField(fieldErrors: FieldMessages): FieldMessages {
  const merged: FieldMessages = {};
  for (const [key, messages] of Object.entries(fieldErrors)) {
    const field = key.replace(/\.\d+$/, '');
    merged[field] = [...new Set([...(merged[field] ?? []), ...messages])];
  }
  return merged;
}

/**
 * What a refused change to a work plan or an activity shows. A stale revision of `subject` gets
 * its own sentence, since it is not the person's mistake: someone else changed it meanwhile.
 */
export function changeFeedback(
  error: unknown,
  t: TFunction,
  subject: 'plan' | 'activity' | null,
  fieldRules: Readonly<Record<string, string>> = {},
): ChangeFeedback {
  const apiError = readApiError(error);
  const feedback = feedbackFromError(apiError, t, fieldRules);
  const revision = apiError.current?.revision;
  if (subject && apiError.code === 'CONFLICT' && typeof revision === 'number') {
    return {
      feedback: { ...feedback, lead: t(`workPlans.conflict.${subject}`) },
      currentRevision: revision,
    };
  }
  return { feedback: { ...feedback, fieldErrors: byField(feedback.fieldErrors) }, currentRevision: null };
}
