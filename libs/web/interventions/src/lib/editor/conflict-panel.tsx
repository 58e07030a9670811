import type { InterventionContent } from '@piano2030/shared-domain';
import { VersionConflictPanel } from '@piano2030/web-ui';
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
    <VersionConflictPanel
      titleId={CONFLICT_TITLE_ID}
      idPrefix="int-conflict-field"
      text={{
        title:
          conflict.kind === 'conflict'
            ? t('interventions.editor.conflict.title', { version })
            : t('interventions.editor.conflict.loadedTitle', { version }),
        intro: t('interventions.editor.conflict.intro', { version }),
        nothingToCompare: t('interventions.editor.conflict.nothingToCompare', { version }),
        theirs: t('interventions.editor.conflict.theirs', { version }),
        mine: t('interventions.editor.conflict.mine'),
        bothChanged: t('interventions.editor.conflict.bothChanged'),
        useTheirs: (field) => t('interventions.editor.conflict.useTheirs', { version, field }),
        saveAgain: t('interventions.editor.conflict.saveAgain'),
        dismiss: t('interventions.editor.conflict.dismiss'),
      }}
      fields={conflict.fields}
      theirsToo={conflict.theirsToo}
      labelOf={(field) => t(`interventions.fields.${field}`)}
      valueOf={(field, side) => {
        const [content, other] = side === 'theirs' ? [conflict.content, draft] : [draft, conflict.content];
        return <FieldValue field={field} content={content} names={names} other={other} />;
      }}
      onUseTheirs={onUseTheirs}
      onDismiss={onDismiss}
    />
  );
}
