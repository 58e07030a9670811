import { DEFAULT_LOCALE, isLocale, LOCALES, type Locale } from '@piano2030/shared-domain';
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './locales/en.json';
import it from './locales/it.json';

const STORAGE_KEY = 'piano2030.language';

export const i18n = i18next.createInstance();

void i18n.use(initReactI18next).init({
  resources: { it: { translation: it }, en: { translation: en } },
  lng: storedLanguage(),
  fallbackLng: DEFAULT_LOCALE,
  supportedLngs: LOCALES,
  // React already escapes what it renders.
  interpolation: { escapeValue: false },
  initAsync: false,
});

i18n.on('languageChanged', (language) => {
  reflectLanguage(language);
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Storage may be disabled (private mode, policy); the choice then lasts for this page only.
  }
});
reflectLanguage(i18n.language);

function storedLanguage(): Locale {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    return isLocale(stored) ? stored : DEFAULT_LOCALE;
  } catch {
    return DEFAULT_LOCALE;
  }
}

/** Screen readers pick their voice from `<html lang>`, so it follows the interface language. */
function reflectLanguage(language: string): void {
  if (typeof document !== 'undefined') document.documentElement.lang = language;
}
