import { Icon } from 'design-react-kit';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChartBaseProps } from './chart-types';
import './charts.css';

/**
 * The frame every chart shares: title, unit, drawing, legend, the data table behind a disclosure
 * button, and the source as the figure's caption. The table is always in the page for screen
 * readers: collapsed, it is only hidden from sight, inside a wrapper (a table ignores the 1px width
 * that hides other elements, and would widen the page on a phone).
 */
export function ChartFigure({
  id,
  title,
  unit,
  source,
  description,
  headingLevel = 3,
  drawing,
  legend,
  table,
}: ChartBaseProps & { drawing: ReactNode; legend?: ReactNode; table?: ReactNode }) {
  const { t } = useTranslation();
  const [tableShown, setTableShown] = useState(false);
  const Heading = headingLevel === 4 ? 'h4' : 'h3';
  return (
    <figure
      className="chart"
      aria-labelledby={`${id}-title`}
      aria-describedby={description ? `${id}-description` : undefined}
    >
      <Heading id={`${id}-title`} className="h5 chart-title">
        {title}
      </Heading>
      {description && (
        <p id={`${id}-description`} className="chart-description">
          {description}
        </p>
      )}
      {unit && <p className="chart-unit">{t('charts.unit', { unit })}</p>}
      {drawing}
      {legend}
      {table && (
        <>
          <button
            type="button"
            className="btn btn-link btn-sm chart-toggle"
            aria-expanded={tableShown}
            aria-controls={`${id}-table`}
            onClick={() => setTableShown((shown) => !shown)}
          >
            <Icon icon={tableShown ? 'it-collapse' : 'it-expand'} size="sm" color="primary" aria-hidden />
            {t('charts.showTable')}
          </button>
          <div id={`${id}-table`} className={tableShown ? 'table-responsive' : 'visually-hidden'}>
            {table}
          </div>
        </>
      )}
      {source && <figcaption className="chart-source">{source}</figcaption>}
    </figure>
  );
}
