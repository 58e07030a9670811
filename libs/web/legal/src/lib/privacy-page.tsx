import { PRIVACY_NOTICE_VERSION } from '@piano2030/shared-domain';
import { useTranslation } from 'react-i18next';
import { LegalDocument, type LegalSection } from './legal-document';

export function PrivacyPage() {
  const { t } = useTranslation();
  return (
    <LegalDocument
      title={t('legal.privacy.title')}
      intro={t('legal.privacy.intro')}
      updated={t('legal.privacy.updated', { version: PRIVACY_NOTICE_VERSION })}
      sections={t('legal.privacy.sections', { returnObjects: true }) as LegalSection[]}
    />
  );
}
