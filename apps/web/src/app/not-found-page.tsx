import { paths } from '@piano2030/web-core';
import { NotFoundState } from '@piano2030/web-ui';
import { useTranslation } from 'react-i18next';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <NotFoundState title={t('notFound.title')} backTo={paths.home} backLabel={t('notFound.back')}>
      <p>{t('notFound.text')}</p>
    </NotFoundState>
  );
}
