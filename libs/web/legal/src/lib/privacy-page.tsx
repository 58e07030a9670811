import { useTranslation } from 'react-i18next';
import { LegalDocument, type LegalSection } from './legal-document';

export function PrivacyPage() {
  const { t } = useTranslation();
  return (
    <LegalDocument
      title={t('legal.privacy.title')}
      intro={t('legal.privacy.intro')}
      updated={t('legal.privacy.updated')}
      sections={t('legal.privacy.sections', { returnObjects: true }) as LegalSection[]}
    />
  );
}
