import type { FieldMessage } from '@piano2030/web-ui';
import type { TFunction } from 'i18next';

type Rule = [RegExp, (match: RegExpExecArray, t: TFunction) => string];

/**
 * The sentences of the shared rules (`schedulingProblems`, `dispositionProblems`) and of the API's
 * input checks, each in the reader's language. Order matters where two could match.
 */
const RULES: Rule[] = [
  [/^\S+ is required before scheduling$/, (_, t) => t('consultationsAdmin.checks.required')],
  [/^name at least one intervention area$/, (_, t) => t('consultationsAdmin.checks.areas')],
  [/^ask at least one question$/, (_, t) => t('consultationsAdmin.checks.questions')],
  [/^opensAt must not be in the past$/, (_, t) => t('consultationsAdmin.checks.openingPast')],
  [/^closesAt must be after opensAt$/, (_, t) => t('consultationsAdmin.checks.closingOrder')],
  [
    /^a window shorter than (\d+) days needs a public reason \(at least (\d+) characters\)$/,
    (m, t) => t('consultationsAdmin.checks.shortWindow', { days: m[1], min: m[2] }),
  ],
  [/^the results report cannot be due before closing$/, (_, t) => t('consultationsAdmin.checks.reportDue')],
  [
    /^title must be between (\d+) and (\d+) characters$/,
    (m, t) => t('consultationsAdmin.checks.titleLength', { min: m[1], max: m[2] }),
  ],
  [
    /^each question must be at most (\d+) characters$/,
    (m, t) => t('consultationsAdmin.checks.tooLong', { max: m[1] }),
  ],
  [/^\S+ must be at most (\d+) characters$/, (m, t) => t('consultationsAdmin.checks.tooLong', { max: m[1] })],
  [
    /^questions can list at most (\d+) questions$/,
    (m, t) => t('consultationsAdmin.checks.tooManyQuestions', { max: m[1] }),
  ],
  [
    /^hideAfterReports must be between (\d+) and (\d+)$/,
    (m, t) => t('consultationsAdmin.checks.hideAfter', { min: m[1], max: m[2] }),
  ],
  [/^the change leaves the consultation as it was$/, (_, t) => t('consultationsAdmin.checks.noChange')],
  [
    /^intervention (\S+) is a draft: publish it before consulting on it$/,
    (m, t) => t('consultationsAdmin.checks.interventionDraft', { reference: m[1] }),
  ],
  [
    /^intervention (\S+) was discarded$/,
    (m, t) => t('consultationsAdmin.checks.interventionDiscarded', { reference: m[1] }),
  ],
  [/^the SWOT item was withdrawn$/, (_, t) => t('consultationsAdmin.checks.swotWithdrawn')],
  [
    /^.+ is in area (\S+), which is not among the consultation's areas/,
    (m, t) => t('consultationsAdmin.checks.outsideAreas', { area: m[1] }),
  ],
  [
    /^reasons? must be (\d+) to (\d+) characters/,
    (m, t) => t('consultationsAdmin.checks.reasonLength', { min: m[1], max: m[2] }),
  ],
  [
    /^a (ACCEPTED|PARTIALLY_ACCEPTED) contribution must say where it was taken up/,
    (_, t) => t('consultationsAdmin.checks.needsLink'),
  ],
  [/^choose an outcome$/, (_, t) => t('consultationsAdmin.checks.outcome')],
  [/^the answer is unchanged$/, (_, t) => t('consultationsAdmin.checks.answerUnchanged')],
  [/^\S+ has no version \d+$/, (_, t) => t('consultationsAdmin.checks.noSuchVersion')],
];

/** A field's message in the reader's language; a sentence this does not know stays as the API wrote it. */
export function consultationMessage(message: string, t: TFunction): FieldMessage {
  for (const [pattern, say] of RULES) {
    const match = pattern.exec(message);
    if (match) return { text: say(match, t) };
  }
  return { text: message, lang: 'en' };
}

/** Every message of every field, translated; the same sentence once per field. */
export function translateFieldErrors(
  errors: Readonly<Record<string, readonly string[]>>,
  t: TFunction,
): Record<string, FieldMessage[]> {
  return Object.fromEntries(
    Object.entries(errors).map(([field, messages]) => {
      const translated = messages.map((message) => consultationMessage(message, t));
      return [
        field,
        translated.filter((item, index) => translated.findIndex((o) => o.text === item.text) === index),
      ];
    }),
  );
}
