import { Alert, Button } from 'design-react-kit';
import { useTranslation } from 'react-i18next';

/** A failed load: says so plainly and lets the visitor try again without reloading the page. */
export function ErrorState({ onRetry }: { onRetry?: () => void }) {
  const { t } = useTranslation();
  return (
    <Alert color="danger">
      <p className="mb-2">{t('states.loadFailed')}</p>
      {onRetry && (
        <Button color="primary" size="sm" onClick={onRetry}>
          {t('states.retry')}
        </Button>
      )}
    </Alert>
  );
}
