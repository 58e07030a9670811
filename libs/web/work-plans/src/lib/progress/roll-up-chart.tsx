import type { ProgressRollUpFieldsFragment } from '@piano2030/web-core';
import { useTranslation } from 'react-i18next';
import './roll-up-chart.css';

const COUNTS = ['done', 'inProgress', 'planned', 'late', 'cancelled'] as const;

/**
 * Mean progress per phase or per area, as one horizontal bar each with its counts written beside
 * it. The drawing is hidden from screen readers; the table under it, hidden from sight, carries
 * every number for them.
 */
export function RollUpChart({
  id,
  title,
  rollUps,
  nameOf,
}: {
  id: string;
  title: string;
  rollUps: readonly ProgressRollUpFieldsFragment[];
  nameOf: (code: string) => string;
}) {
  const { t } = useTranslation();
  const rows = rollUps.map((rollUp) => ({
    ...rollUp,
    name: rollUp.key ? nameOf(rollUp.key) : t('workPlans.progress.overall'),
    percent: Math.round(rollUp.percent),
  }));
  return (
    <section aria-labelledby={`${id}-title`} className="mt-4">
      <h3 id={`${id}-title`} className="h5">
        {title}
      </h3>
      {rows.length === 0 ? (
        <p>{t('workPlans.progress.nothing')}</p>
      ) : (
        <>
          <ul className="rollup-chart list-unstyled" aria-hidden="true">
            {rows.map((row) => (
              <li key={row.key ?? 'overall'} className="rollup-row">
                <span className="rollup-name">{row.name}</span>
                <span className="rollup-bar">
                  <span className="rollup-fill" style={{ width: `${row.percent}%` }} />
                </span>
                <span className="rollup-percent">{row.percent}%</span>
                <span className="rollup-counts">
                  {COUNTS.filter((count) => row[count] > 0)
                    .map((count) => `${t(`workPlans.progress.counts.${count}`)} ${row[count]}`)
                    .join(' · ')}
                </span>
              </li>
            ))}
          </ul>
          {/* Hidden from sight by its wrapper: a table ignores the 1px width that hides other elements. */}
          <div className="visually-hidden">
            <table>
              <caption>{title}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('workPlans.progress.table.group')}</th>
                  <th scope="col">{t('workPlans.progress.table.percent')}</th>
                  <th scope="col">{t('workPlans.progress.table.total')}</th>
                  {COUNTS.map((count) => (
                    <th key={count} scope="col">
                      {t(`workPlans.progress.counts.${count}`)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={row.key ?? 'overall'}>
                    <th scope="row">{row.name}</th>
                    <td>{row.percent}%</td>
                    <td>{row.total}</td>
                    {COUNTS.map((count) => (
                      <td key={count}>{row[count]}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
