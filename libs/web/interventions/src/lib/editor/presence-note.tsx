import { useTranslation } from 'react-i18next';
import type { Person } from './use-intervention-room';

/**
 * "Stanno modificando anche: Sara Romano, Davide Colombo": a polite live region that is always in
 * the page, so that people arriving and leaving are announced without taking focus.
 */
export function PresenceNote({ others }: { others: readonly Person[] }) {
  const { t } = useTranslation();
  return (
    <div role="status" aria-live="polite" aria-atomic="true" className="int-presence">
      {others.length > 0 && (
        <p className="alert alert-info d-flex align-items-center gap-2 mb-3 py-2">
          {t('interventions.editor.presence', {
            count: others.length,
            names: others.map((person) => person.displayName).join(', '),
          })}
        </p>
      )}
    </div>
  );
}
