import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** Sets `document.title` to "<page> – <site>", the first thing a screen reader announces after navigation. */
export function usePageTitle(pageTitle: string): void {
  const { t } = useTranslation();
  const siteName = t('site.name');
  useEffect(() => {
    document.title = pageTitle && pageTitle !== siteName ? `${pageTitle} – ${siteName}` : siteName;
  }, [pageTitle, siteName]);
}
