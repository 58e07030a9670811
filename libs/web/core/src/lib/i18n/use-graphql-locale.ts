import { useTranslation } from 'react-i18next';
import type { Locale } from '../../gql/graphql';

/**
 * The API's `Locale` for the interface language. Passing it as a query variable means a language
 * switch re-runs the page's queries with the texts in the new language.
 */
export function useGraphQLLocale(): Locale {
  const { i18n } = useTranslation();
  return i18n.resolvedLanguage === 'en' ? 'EN' : 'IT';
}
