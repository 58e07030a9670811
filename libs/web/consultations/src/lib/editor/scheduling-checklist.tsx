import type { ConsultationStatus } from '@piano2030/shared-domain';
import { FieldLink, type SummaryEntry } from '@piano2030/web-ui';
import { useTranslation } from 'react-i18next';

/**
 * "Ready to schedule?": the shared scheduling rules applied to what is typed now, each point a
 * link that takes focus to its field. The count is a polite live region, so it is heard as points
 * are settled, without reading the whole list at every keystroke.
 */
export function SchedulingChecklist({
  entries,
  status,
  unsaved,
}: {
  entries: readonly SummaryEntry[];
  status: ConsultationStatus;
  /** Fields changed and not saved yet (0 for a new consultation). */
  unsaved: number;
}) {
  const { t } = useTranslation();
  const ready = entries.length === 0;
  return (
    <section className={`cons-checklist p-3 rounded ${ready ? 'cons-checklist-ready' : ''}`}>
      <h2 id="cons-checklist-title" className="h5">
        {status === 'SCHEDULED'
          ? t('consultationsAdmin.checklist.titleScheduled')
          : t('consultationsAdmin.checklist.title')}
      </h2>
      <p role="status" aria-live="polite" aria-atomic="true" className="fw-semibold mb-2">
        {ready
          ? t('consultationsAdmin.checklist.ready')
          : t('consultationsAdmin.checklist.count', { count: entries.length })}
      </p>
      {!ready && (
        <ul className="mb-2 ps-3">
          {entries.map((entry) => (
            <li key={entry.key}>
              <FieldLink entry={entry} />
            </li>
          ))}
        </ul>
      )}
      {unsaved > 0 && (
        <p className="small mb-2">{t('consultationsAdmin.checklist.unsaved', { count: unsaved })}</p>
      )}
      <p className="small mb-0">{t('consultationsAdmin.checklist.scopeNote')}</p>
    </section>
  );
}
