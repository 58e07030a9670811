import { useTranslation } from 'react-i18next';
import './tally-bar.css';

export interface TallyCounts {
  for: number;
  against: number;
  abstain: number;
  recused: number;
  /** Present but cast no ballot; known once the vote is closed. */
  notVoted?: number;
}

const PARTS = ['for', 'against', 'abstain', 'recused', 'notVoted'] as const;

/**
 * A vote's tally as one horizontal stacked bar, a segment per choice. The legend under it is the
 * text alternative: every count is written there, so the drawing itself is hidden from screen readers.
 * Compact (in a table row), the legend lists only the choices somebody made.
 */
export function TallyBar({ tally, compact = false }: { tally: TallyCounts; compact?: boolean }) {
  const { t } = useTranslation();
  const parts = PARTS.flatMap((key) => {
    const count = tally[key];
    return count === undefined ? [] : [{ key, count }];
  });
  const total = parts.reduce((sum, part) => sum + part.count, 0);
  if (total === 0) return <p className="mb-0 small">{t('governance.tally.none')}</p>;
  return (
    <div className={compact ? 'tally tally-compact' : 'tally'}>
      <div className="tally-bar" aria-hidden="true">
        {parts
          .filter((part) => part.count > 0)
          .map((part) => (
            <span
              key={part.key}
              className={`tally-segment tally-${part.key}`}
              style={{ flexGrow: part.count }}
            />
          ))}
      </div>
      <ul className="tally-legend">
        {parts
          .filter((part) => part.count > 0 || !compact)
          .map((part) => (
            <li key={part.key}>
              <span className={`tally-swatch tally-${part.key}`} aria-hidden="true" />
              {t(`governance.tally.${part.key}`)}: <strong>{part.count}</strong>
            </li>
          ))}
      </ul>
    </div>
  );
}
