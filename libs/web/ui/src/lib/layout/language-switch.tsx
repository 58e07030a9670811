import { LOCALES } from '@piano2030/shared-domain';
import { useTranslation } from 'react-i18next';

/**
 * Each language is offered in its own name and marked with its own `lang`, so a screen reader
 * pronounces "English" in English even on the Italian page.
 */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <div className="language-switch d-flex align-items-center" role="group" aria-label={t('language.label')}>
      {LOCALES.map((locale) => {
        const active = i18n.resolvedLanguage === locale;
        return (
          <button
            key={locale}
            type="button"
            lang={locale}
            className={`btn btn-sm btn-link text-white px-2 ${active ? 'fw-bold' : 'text-decoration-none'}`}
            aria-pressed={active}
            onClick={() => void i18n.changeLanguage(locale)}
          >
            {t('language.name', { lng: locale })}
          </button>
        );
      })}
    </div>
  );
}
