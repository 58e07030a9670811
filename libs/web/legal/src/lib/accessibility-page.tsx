import { useTranslation } from 'react-i18next';
import { LegalDocument, type LegalSection } from './legal-document';

export function AccessibilityPage() {
  const { t } = useTranslation();
  return (
    <LegalDocument
      title={t('legal.accessibility.title')}
      intro={t('legal.accessibility.intro')}
      updated={t('legal.accessibility.updated')}
      sections={t('legal.accessibility.sections', { returnObjects: true }) as LegalSection[]}
    />
  );
}
