import type { FieldMessage } from '@piano2030/web-ui';
import type { TFunction } from 'i18next';
import { formatDay } from './dates';
import { formatEuro } from './money';

type Rule = [RegExp, (match: RegExpExecArray, t: TFunction, locale: string) => string];

/**
 * The sentences of `interventionContentErrors` (shared by the form's own checks and the API) and
 * of the API's reference checks, each with the value it names. Order matters where two could match.
 */
const RULES: Rule[] = [
  [
    /^priorityId must not be empty$|^choose the priority it serves$/,
    (_, t) => t('interventions.checks.priority'),
  ],
  [/^(.+) is not a strategic priority$/, (_, t) => t('interventions.checks.priorityUnknown')],
  [
    /^the priority must be one of area (\S+)$/,
    (m, t) => t('interventions.checks.priorityArea', { area: m[1] }),
  ],
  [/^guidelineCodes must name at least one guideline$/, (_, t) => t('interventions.checks.guidelines')],
  [
    /^(\S+) is not one of the six guidelines$/,
    (m, t) => t('interventions.checks.guidelineUnknown', { code: m[1] }),
  ],
  [
    /^(\S+) is not an indicator series$/,
    (m, t) => t('interventions.checks.indicatorUnknown', { code: m[1] }),
  ],
  [
    /^(\S+) is not a project of the chamber's programme$/,
    (m, t) => t('interventions.checks.projectUnknown', { code: m[1] }),
  ],
  [/^\S+ must not be empty$/, (_, t) => t('interventions.checks.required')],
  [
    /^\S+ must be at most (\d+) characters \(got (\d+)\)$/,
    (m, t, locale) =>
      t('interventions.checks.tooLong', {
        max: Number(m[1]).toLocaleString(locale),
        got: Number(m[2]).toLocaleString(locale),
      }),
  ],
  [/^\S+ must fit on one line$/, (_, t) => t('interventions.checks.oneLine')],
  [
    /^\S+ may list at most (\d+) entries \(got (\d+)\)$/,
    (m, t) => t('interventions.checks.tooMany', { max: m[1], got: m[2] }),
  ],
  [
    /^\S+ must be a whole year from (\d+) to (\d+) \(got .*\)$/,
    (m, t) => t('interventions.checks.year', { first: m[1], last: m[2] }),
  ],
  [/^\S+ must be a finite number \(got .*\)$/, (_, t) => t('interventions.checks.number')],
  [/^\S+ must not contain blank entries$/, (_, t) => t('interventions.checks.blankEntries')],
  [/^\S+ must not contain line breaks$/, (_, t) => t('interventions.checks.oneLine')],
  [/^(.+) is listed twice$/, (m, t) => t('interventions.checks.listedTwice', { entry: m[1] })],
  [/^amount must be zero or more/, (_, t) => t('interventions.checks.amountNegative')],
  [
    /^amount must be at most (\S+)/,
    (m, t, locale) => t('interventions.checks.amountMax', { max: formatEuro(Number(m[1]), locale) }),
  ],
  [/^amount must have at most 2 decimals/, (_, t) => t('interventions.checks.amountDecimals')],
  [/^\S+ must be a date written YYYY-MM-DD/, (_, t) => t('interventions.checks.date')],
  [
    /^endsOn must be on or after startsOn (\d{4}-\d{2}-\d{2})/,
    (m, t, locale) => t('interventions.checks.endBeforeStart', { date: formatDay(m[1], locale) }),
  ],
  [
    /^\S+ must be on or after (\d{4}-\d{2}-\d{2})/,
    (m, t, locale) => t('interventions.checks.notBefore', { date: formatDay(m[1], locale) }),
  ],
  [
    /^\S+ must be on or before (\d{4}-\d{2}-\d{2})/,
    (m, t, locale) => t('interventions.checks.notAfter', { date: formatDay(m[1], locale) }),
  ],
  [
    /^dueOn must fall between (.*) and (.*) \(got/,
    (m, t, locale) =>
      /^\d{4}-\d{2}-\d{2}$/.test(m[1]) && /^\d{4}-\d{2}-\d{2}$/.test(m[2])
        ? t('interventions.checks.dueBetween', { from: formatDay(m[1], locale), to: formatDay(m[2], locale) })
        : t('interventions.checks.dueInPeriod'),
  ],
  [/^say why a public intervention changes$/, (_, t) => t('interventions.checks.reason')],
  [/^say why it becomes (\w+)$/, (_, t) => t('interventions.checks.statusReason')],
  [
    /^reason must be at most (\d+) characters$/,
    (m, t) => t('interventions.checks.tooLong', { max: m[1], got: '' }),
  ],
  [/^the change leaves the intervention as it was$/, (_, t) => t('interventions.checks.noChange')],
  [
    /^title must be between (\d+) and (\d+) characters$/,
    (m, t) => t('interventions.checks.titleLength', { min: m[1], max: m[2] }),
  ],
];

/**
 * A field's message in the reader's language. The form checks its content with the domain's own
 * `interventionContentErrors`, and the API answers with the same sentences: both read the same way
 * here. A sentence this does not know is shown as the API wrote it, marked as English.
 */
export function contentMessage(message: string, t: TFunction, locale: string): FieldMessage {
  for (const [pattern, say] of RULES) {
    const match = pattern.exec(message);
    if (match) return { text: say(match, t, locale) };
  }
  return { text: message, lang: 'en' };
}

/** Every message of every field, translated; the same sentence once per field. */
export function translateFieldErrors(
  errors: Readonly<Record<string, readonly string[]>>,
  t: TFunction,
  locale: string,
): Record<string, FieldMessage[]> {
  return Object.fromEntries(
    Object.entries(errors).map(([field, messages]) => {
      const translated = messages.map((message) => contentMessage(message, t, locale));
      const unique = translated.filter(
        (item, index) => translated.findIndex((other) => other.text === item.text) === index,
      );
      return [field, unique];
    }),
  );
}
