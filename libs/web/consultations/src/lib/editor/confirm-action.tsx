import { focusSoon } from '@piano2030/web-ui';
import { Button } from 'design-react-kit';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A consequential action that asks once more before it runs. While something keeps it from running,
 * the button stays focusable but says it is unavailable (aria-disabled) and reads out why.
 */
export function ConfirmAction({
  id,
  label,
  question,
  confirmLabel,
  onConfirm,
  blockedBy = [],
  busy = false,
  danger = false,
  outline = false,
}: {
  id: string;
  label: string;
  question: ReactNode;
  confirmLabel: string;
  onConfirm: () => Promise<unknown>;
  /** Why it cannot run now, in the reader's language; empty when it can. */
  blockedBy?: readonly string[];
  busy?: boolean;
  danger?: boolean;
  outline?: boolean;
}) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const blocked = blockedBy.length > 0;
  const reasonsId = `${id}-blocked`;
  if (!confirming) {
    return (
      <div className="cons-confirm-action">
        <Button
          id={id}
          type="button"
          color={danger ? 'danger' : 'primary'}
          outline={outline}
          aria-disabled={blocked || busy || undefined}
          aria-describedby={blocked ? reasonsId : undefined}
          className={blocked ? 'cons-button-blocked' : undefined}
          onClick={() => {
            if (blocked || busy) return;
            setConfirming(true);
            focusSoon(`${id}-confirm`);
          }}
        >
          {label}
        </Button>
        {blocked && (
          <div id={reasonsId} className="small mt-2">
            <p className="mb-1">{t('consultationsAdmin.confirm.blocked')}</p>
            <ul className="mb-0 ps-3">
              {blockedBy.map((reason) => (
                <li key={reason}>{reason}</li>
              ))}
            </ul>
          </div>
        )}
      </div>
    );
  }
  return (
    <div role="group" aria-labelledby={`${id}-question`} className="cons-confirm border rounded p-3">
      <div id={`${id}-question`} className="fw-semibold mb-2">
        {question}
      </div>
      <div className="d-flex flex-wrap gap-2">
        <Button
          id={`${id}-confirm`}
          type="button"
          color={danger ? 'danger' : 'primary'}
          aria-disabled={busy || undefined}
          onClick={() => {
            if (busy) return;
            void onConfirm().finally(() => setConfirming(false));
          }}
        >
          {confirmLabel}
        </Button>
        <Button
          type="button"
          color="primary"
          outline
          onClick={() => {
            setConfirming(false);
            focusSoon(id);
          }}
        >
          {t('consultationsAdmin.confirm.cancel')}
        </Button>
      </div>
    </div>
  );
}
