import type { ActionFeedback } from '@piano2030/web-ui';
import { Alert } from 'design-react-kit';
import type { MouseEvent, Ref } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A refused action: the kind of refusal, the API's own explanation (in English), and each field
 * at fault as a link that moves focus to the field. The alert takes focus after a failure
 * (`useActionFeedback` without field ids), so keyboard users read the summary first and follow a
 * link to the field to fix.
 */
export function FeedbackSummary({
  feedback,
  alertRef,
  fieldId,
  className = 'mt-3',
}: {
  feedback: ActionFeedback | null;
  alertRef?: Ref<HTMLElement>;
  /** The id of the control for an error key (`text`, `evidence.0.reference`); none: not linked. */
  fieldId: (field: string) => string | undefined;
  className?: string;
}) {
  const { t } = useTranslation();
  if (!feedback) return null;
  const entries = Object.entries(feedback.fieldErrors).flatMap(([field, messages]) =>
    messages.map((message) => ({ field, message, id: fieldId(field) })),
  );
  const focusField = (event: MouseEvent<HTMLAnchorElement>, id: string) => {
    const target = document.getElementById(id);
    if (!target) return;
    event.preventDefault();
    target.focus();
  };
  return (
    <Alert color="danger" className={className} innerRef={alertRef} tabIndex={-1}>
      <p className="mb-0 fw-semibold">{feedback.lead}</p>
      {feedback.detail && (
        <p className="mb-0 mt-1 small">
          {t('errors.detail')} <span lang="en">{feedback.detail}</span>
        </p>
      )}
      {entries.length > 0 && (
        <ul className="mb-0 mt-2 small">
          {entries.map(({ field, message, id }) => (
            <li key={`${field}-${message}`}>
              {id ? (
                <a href={`#${id}`} onClick={(event) => focusField(event, id)}>
                  {message}
                </a>
              ) : (
                message
              )}
            </li>
          ))}
        </ul>
      )}
    </Alert>
  );
}
