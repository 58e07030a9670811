import { Alert } from 'design-react-kit';
import type { MouseEvent, Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldMessage } from './content-messages';

export interface SummaryEntry {
  key: string;
  /** The field's name as its label says it ("Titolo", "Risorse 2023 – Regione Toscana"). */
  label: string;
  message: FieldMessage;
  /** The control to fix; without one the entry is plain text. */
  targetId?: string;
}

/**
 * A refused save: what kind of refusal, the API's explanation when it gave one (in English), and
 * every field at fault as a link that moves focus to the field. It takes focus after a failure, so
 * keyboard and screen-reader users read the summary first and follow a link to the field to fix.
 */
export function ErrorSummary({
  lead,
  detail,
  entries,
  alertRef,
  className = 'mb-4',
}: {
  lead: string;
  detail?: string;
  entries: readonly SummaryEntry[];
  alertRef?: Ref<HTMLElement>;
  className?: string;
}) {
  const { t } = useTranslation();
  const focusField = (event: MouseEvent<HTMLAnchorElement>, id: string) => {
    const target = document.getElementById(id);
    if (!target) return;
    event.preventDefault();
    // A group of fields (the resource grid) is not focusable by itself: it becomes so, for this.
    if (!target.matches('input, select, textarea, button, a[href], [tabindex]')) target.tabIndex = -1;
    target.focus();
    target.scrollIntoView?.({ block: 'center' });
  };
  return (
    <Alert color="danger" className={className} innerRef={alertRef} tabIndex={-1}>
      <p className="mb-0 fw-semibold">{lead}</p>
      {detail && (
        <p className="mb-0 mt-1 small">
          {t('errors.detail')} <span lang="en">{detail}</span>
        </p>
      )}
      {entries.length > 0 && (
        <ul className="mb-0 mt-2">
          {entries.map(({ key, label, message, targetId }) => {
            const text = (
              <>
                {label}: <span lang={message.lang}>{message.text}</span>
              </>
            );
            return (
              <li key={key}>
                {targetId ? (
                  <a href={`#${targetId}`} onClick={(event) => focusField(event, targetId)}>
                    {text}
                  </a>
                ) : (
                  text
                )}
              </li>
            );
          })}
        </ul>
      )}
    </Alert>
  );
}
