import { Alert } from 'design-react-kit';
import type { ReactNode, Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActionFeedback } from './action-feedback';

/**
 * A failed action: a focusable alert (role="alert", so it is announced at once) with the kind of
 * refusal in the reader's language and the API's explanation, marked as English for screen readers;
 * `children` follow them (an error summary's links to the fields).
 */
export function ActionAlert({
  feedback,
  alertRef,
  className = 'mt-3',
  children,
}: {
  feedback: ActionFeedback | null;
  alertRef?: Ref<HTMLElement>;
  className?: string;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  if (!feedback) return null;
  return (
    <Alert color="danger" className={className} innerRef={alertRef} tabIndex={-1}>
      <p className="mb-0 fw-semibold">{feedback.lead}</p>
      {feedback.detail && (
        <p className="mb-0 mt-1 small">
          {t('errors.detail')} <span lang="en">{feedback.detail}</span>
        </p>
      )}
      {children}
    </Alert>
  );
}
