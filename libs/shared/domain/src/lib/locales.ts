/** Italian is the language of the process; English is the second language of every page. */
export const LOCALES = ['it', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'it';

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** Text kept in every locale the platform speaks; `it` is mandatory, `en` falls back to it. */
export type LocalizedText = { it: string; en?: string | null };

export function pickLocale(text: LocalizedText, locale: Locale): string {
  return (locale === 'en' && text.en) || text.it;
}
