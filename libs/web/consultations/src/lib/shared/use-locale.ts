import { useTranslation } from 'react-i18next';

/** The interface language, as Intl formatters take it. */
export function useLocale(): string {
  const { i18n } = useTranslation();
  return i18n.resolvedLanguage ?? i18n.language;
}
