import { Spinner } from 'design-react-kit';
import { useTranslation } from 'react-i18next';

export function LoadingState() {
  const { t } = useTranslation();
  return (
    <div className="d-flex align-items-center gap-3 py-4" role="status">
      <span aria-hidden="true">
        <Spinner active small label={t('states.loading')} />
      </span>
      <span>{t('states.loading')}</span>
    </div>
  );
}
