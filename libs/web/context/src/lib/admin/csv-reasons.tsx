import type { TFunction } from 'i18next';

/** A reason in the reader's language, or the parser's English one when it is not one we know. */
export interface Reason {
  text: string;
  lang?: 'en';
}

type Rule = [RegExp, (match: RegExpExecArray, t: TFunction) => string];

const RULES: Rule[] = [
  [/^empty row$/, (_, t) => t('context.admin.csv.reasons.emptyRow')],
  [
    /^expected (\d+) fields, found (\d+)$/,
    (m, t) => t('context.admin.csv.reasons.fields', { expected: m[1], found: m[2] }),
  ],
  [/^the label is empty$/, (_, t) => t('context.admin.csv.reasons.emptyLabel')],
  [
    /^labels are limited to (\d+) characters$/,
    (m, t) => t('context.admin.csv.reasons.labelTooLong', { max: m[1] }),
  ],
  [/^"(.*)" is not a number$/, (m, t) => t('context.admin.csv.reasons.notNumber', { value: m[1] })],
  [
    /^"(.*)" \((.*)\) appears twice$/,
    (m, t) => t('context.admin.csv.reasons.duplicateMeasure', { label: m[1], measure: m[2] }),
  ],
  [/^"(.*)" appears twice$/, (m, t) => t('context.admin.csv.reasons.duplicate', { label: m[1] })],
  [/^the file is larger than (\d+) KB$/, (m, t) => t('context.admin.csv.reasons.tooLarge', { kb: m[1] })],
  [/^the file needs a header line/, (_, t) => t('context.admin.csv.reasons.noRows')],
  [
    /^the file has more than (\d+) data rows$/,
    (m, t) => t('context.admin.csv.reasons.tooManyRows', { max: m[1] }),
  ],
  [/^the header must name/, (_, t) => t('context.admin.csv.reasons.header')],
  [/^no row of the file could be read$/, (_, t) => t('context.admin.csv.reasons.nothingRead')],
];

/** The parser's and the API's reasons (the API prefixes "line 3: "), translated where we know them. */
export function csvReason(reason: string, t: TFunction): Reason {
  const plain = reason.replace(/^line \d+: /, '');
  for (const [pattern, translate] of RULES) {
    const match = pattern.exec(plain);
    if (match) return { text: translate(match, t) };
  }
  return { text: plain, lang: 'en' };
}

export function ReasonText({ reason }: { reason: Reason }) {
  return reason.lang ? <span lang={reason.lang}>{reason.text}</span> : <>{reason.text}</>;
}
