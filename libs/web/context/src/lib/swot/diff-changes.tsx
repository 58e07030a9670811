import type { SwotItemDiffQuery } from '@piano2030/web-core';
import { useTranslation } from 'react-i18next';

type Change = SwotItemDiffQuery['swotItemDiff']['changes'][number];
type Segment = Pick<Change['segments'][number], 'op' | 'text'>;

const FIELDS = ['status', 'quadrant', 'text', 'weight', 'evidence'] as const;
type Field = (typeof FIELDS)[number];
const isField = (field: string): field is Field => (FIELDS as readonly string[]).includes(field);

/**
 * Added and removed words as <ins> and <del>: green and red, underlined and struck through, and
 * said in words for screen readers ("aggiunto:", "rimosso:"), which do not announce the elements.
 */
export function DiffSegments({ segments }: { segments: readonly Segment[] }) {
  const { t } = useTranslation();
  return (
    <span className="diff-text">
      {segments.map((segment, index) => {
        if (segment.op === 'INSERT')
          return (
            <ins key={index}>
              <span className="visually-hidden">{t('context.diff.inserted')} </span>
              {segment.text}
            </ins>
          );
        if (segment.op === 'DELETE')
          return (
            <del key={index}>
              <span className="visually-hidden">{t('context.diff.deleted')} </span>
              {segment.text}
            </del>
          );
        return <span key={index}>{segment.text}</span>;
      })}
    </span>
  );
}

/** Field by field: states, quadrants and weights in words, text and evidence word by word. */
export function DiffChanges({ changes }: { changes: readonly Change[] }) {
  const { t } = useTranslation();
  if (changes.length === 0) return <p className="small">{t('context.swot.diff.none')}</p>;
  const value = (field: Field, raw: string) =>
    field === 'status'
      ? t(`context.swot.status.${raw as 'DRAFT'}`, { defaultValue: raw })
      : field === 'quadrant'
        ? t(`context.swot.quadrants.${raw as 'STRENGTH'}`, { defaultValue: raw })
        : raw;
  return (
    <dl className="swot-diff-changes small mb-0">
      {changes.map((change) => {
        const field = isField(change.field) ? change.field : null;
        const scalar = field === 'status' || field === 'quadrant' || field === 'weight';
        return (
          <div key={change.field} className="mb-2">
            <dt>{field ? t(`context.swot.diffFields.${field}`) : change.field}</dt>
            <dd className="mb-0">
              {scalar && field ? (
                <>
                  <DiffSegments segments={[{ op: 'DELETE', text: value(field, change.before) }]} />
                  <span aria-hidden="true"> → </span>
                  <DiffSegments segments={[{ op: 'INSERT', text: value(field, change.after) }]} />
                </>
              ) : (
                <DiffSegments segments={change.segments} />
              )}
            </dd>
          </div>
        );
      })}
    </dl>
  );
}
