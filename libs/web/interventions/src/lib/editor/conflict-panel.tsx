import type { InterventionContent } from '@piano2030/shared-domain';
import { Button } from 'design-react-kit';
import { useTranslation } from 'react-i18next';
import type { ContentField } from './draft';
import { FieldValue, type ValueNames } from './field-value';

export interface ConflictState {
  /** Refused on save (CONFLICT), or loaded at the person's request after a live notice. */
  kind: 'conflict' | 'loaded';
  version: number;
  content: InterventionContent;
  /** The person's changes that still differ from that version. */
  fields: ContentField[];
  /** Of those, the ones the other version changed too. */
  theirsToo: ContentField[];
}

export const CONFLICT_TITLE_ID = 'int-conflict-title';

/**
 * Someone saved a newer version while this person was editing. The form now stands on that
 * version and keeps what the person typed; here, field by field, the newer version's value is
 * shown beside theirs, with a button to take the newer one instead. Saving again re-applies the rest.
 */
export function ConflictPanel({
  conflict,
  draft,
  names,
  onUseTheirs,
  onDismiss,
}: {
  conflict: ConflictState;
  draft: InterventionContent;
  names: ValueNames;
  onUseTheirs: (field: ContentField) => void;
  onDismiss: () => void;
}) {
  const { t } = useTranslation();
  const { version } = conflict;
  return (
    <section
      aria-labelledby={CONFLICT_TITLE_ID}
      className="alert alert-warning int-conflict mb-4"
      data-testid="conflict-panel"
    >
      <h2 id={CONFLICT_TITLE_ID} className="h4" tabIndex={-1}>
        {conflict.kind === 'conflict'
          ? t('interventions.editor.conflict.title', { version })
          : t('interventions.editor.conflict.loadedTitle', { version })}
      </h2>
      <p>
        {conflict.fields.length
          ? t('interventions.editor.conflict.intro', { version })
          : t('interventions.editor.conflict.nothingToCompare', { version })}
      </p>
      {conflict.fields.map((field) => (
        <article
          key={field}
          className="int-conflict-field border-top pt-3 mt-3"
          aria-labelledby={`int-conflict-field-${field}`}
        >
          <h3 id={`int-conflict-field-${field}`} className="h6">
            {t(`interventions.fields.${field}`)}
            {conflict.theirsToo.includes(field) && (
              <span className="fw-normal"> – {t('interventions.editor.conflict.bothChanged')}</span>
            )}
          </h3>
          <div className="row">
            <div className="col-md-6 mb-2">
              <p className="fw-semibold mb-1">{t('interventions.editor.conflict.theirs', { version })}</p>
              <FieldValue field={field} content={conflict.content} names={names} other={draft} />
            </div>
            <div className="col-md-6 mb-2">
              <p className="fw-semibold mb-1">{t('interventions.editor.conflict.mine')}</p>
              <FieldValue field={field} content={draft} names={names} other={conflict.content} />
            </div>
          </div>
          <Button type="button" color="primary" outline size="sm" onClick={() => onUseTheirs(field)}>
            {t('interventions.editor.conflict.useTheirs', {
              version,
              field: t(`interventions.fields.${field}`),
            })}
          </Button>
        </article>
      ))}
      <p className="mt-3 mb-2">{t('interventions.editor.conflict.saveAgain')}</p>
      <Button type="button" color="primary" outline size="sm" onClick={onDismiss}>
        {t('interventions.editor.conflict.dismiss')}
      </Button>
    </section>
  );
}
