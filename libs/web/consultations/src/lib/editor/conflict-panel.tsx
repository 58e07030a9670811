import { FormattedDate, VersionConflictPanel } from '@piano2030/web-ui';
import { useTranslation } from 'react-i18next';
import { readDraft, type ConsultationDraft, type EditorField } from './consultation-draft';

export interface ConflictState {
  version: number;
  draft: ConsultationDraft;
  /** The person's changes that still differ from that version. */
  fields: EditorField[];
  /** Of those, the ones the other version changed too. */
  theirsToo: EditorField[];
}

export const CONFLICT_TITLE_ID = 'cons-conflict-title';

/** A field's value in words, for comparing two versions side by side. */
function FieldValue({
  field,
  draft,
  names,
}: {
  field: EditorField;
  draft: ConsultationDraft;
  names: (id: string) => string;
}) {
  const { t } = useTranslation();
  const values = readDraft(draft).values;
  const value = values[field];
  const none = <em>{t('consultationsAdmin.editor.conflict.empty')}</em>;
  if (Array.isArray(value)) {
    if (!value.length) return none;
    const shown = field === 'interventionIds' || field === 'swotItemIds' ? value.map(names) : value;
    return (
      <ul className="mb-0 ps-3">
        {shown.map((entry, index) => (
          <li key={`${index}-${entry}`}>{entry}</li>
        ))}
      </ul>
    );
  }
  if (typeof value === 'boolean')
    return <p className="mb-0">{t(value ? 'consultationsAdmin.yes' : 'consultationsAdmin.no')}</p>;
  if (field === 'participation')
    return <p className="mb-0">{t(`consultationsAdmin.participation.${draft.participation}.label`)}</p>;
  if (value === null || value === '') return none;
  if (field === 'opensAt' || field === 'closesAt')
    return (
      <p className="mb-0">
        <FormattedDate value={String(value)} withTime />
      </p>
    );
  if (typeof value === 'number')
    return <p className="mb-0">{Number.isFinite(value) ? value : draft.hideAfterReports}</p>;
  return <p className="mb-0 cons-plain-text">{value}</p>;
}

/**
 * Someone saved a newer version while this person was editing. The form now stands on that
 * version and keeps what the person typed; field by field, the newer value is shown beside theirs,
 * with a button to take the newer one instead. Saving again applies the rest.
 */
export function ConflictPanel({
  conflict,
  draft,
  names,
  onUseTheirs,
  onDismiss,
}: {
  conflict: ConflictState;
  draft: ConsultationDraft;
  names: (id: string) => string;
  onUseTheirs: (field: EditorField) => void;
  onDismiss: () => void;
}) {
  const { t } = useTranslation();
  const { version } = conflict;
  return (
    <VersionConflictPanel
      titleId={CONFLICT_TITLE_ID}
      idPrefix="cons-conflict"
      text={{
        title: t('consultationsAdmin.editor.conflict.title', { version }),
        intro: t('consultationsAdmin.editor.conflict.intro', { version }),
        nothingToCompare: t('consultationsAdmin.editor.conflict.nothingToCompare', { version }),
        theirs: t('consultationsAdmin.editor.conflict.theirs', { version }),
        mine: t('consultationsAdmin.editor.conflict.mine'),
        bothChanged: t('consultationsAdmin.editor.conflict.bothChanged'),
        useTheirs: (field) => t('consultationsAdmin.editor.conflict.useTheirs', { version, field }),
        saveAgain: t('consultationsAdmin.editor.conflict.saveAgain'),
        dismiss: t('consultationsAdmin.editor.conflict.dismiss'),
      }}
      fields={conflict.fields}
      theirsToo={conflict.theirsToo}
      labelOf={(field) => t(`consultationsAdmin.fields.${field}`)}
      valueOf={(field, side) => (
        <FieldValue field={field} draft={side === 'theirs' ? conflict.draft : draft} names={names} />
      )}
      onUseTheirs={onUseTheirs}
      onDismiss={onDismiss}
    />
  );
}
