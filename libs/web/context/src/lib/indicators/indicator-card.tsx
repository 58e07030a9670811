import {
  HEADLINE_DIMENSION,
  shapeIndicator,
  type IndicatorChart,
  type IndicatorObservation,
} from '@piano2030/shared-domain';
import type { AreaIndicatorsQuery } from '@piano2030/web-core';
import { BarChart, formatNumber, LineChart } from '@piano2030/web-ui';
import { Badge, Button, Icon } from 'design-react-kit';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { periodLabel } from '../shared/humanise';
import { SourceText } from '../shared/source-text';
import { dataLabel } from './data-labels';
import { indicatorAnchor } from './indicator-anchor';

export type Series = AreaIndicatorsQuery['indicators'][number];

const SCOPES = ['province', 'region', 'nation', 'chamber-activity', 'upload'] as const;
type Scope = (typeof SCOPES)[number];
const isScope = (scope: string): scope is Scope => (SCOPES as readonly string[]).includes(scope);

/**
 * One series: what it measures and where, its lone numbers as key figures, its periods as lines
 * and its categories as bars (each chart with its data table and source), and its notes.
 */
export function IndicatorCard({ series }: { series: Series }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.resolvedLanguage ?? i18n.language;
  const anchor = indicatorAnchor(series.code);
  // The first chart always shows; a breakdown's other charts on request, or the page grows very long.
  const [allCharts, setAllCharts] = useState(false);
  const shape = useMemo(() => shapeIndicator(series.observations), [series.observations]);
  const measureName = (measure: string) => dataLabel('measure', measure, locale);
  const nameOf = (measure: string) => (measure ? measureName(measure) : series.title);
  const source = <SourceText source={series.source} />;
  const scope = isScope(series.scope) ? t(`context.indicators.scopes.${series.scope}`) : series.scope;

  const dimensionName = (dimension: string) =>
    dimension === 'changePct' ? t('context.indicators.changePct') : dataLabel('dimension', dimension, locale);
  /** Shares and changes are percentages whatever the series' unit says ("count / %"). */
  const unitFor = (dimension: string, measure: string) =>
    dimension === 'changePct' || /pct(?=$|[A-Z_.])/i.test(measure) ? '%' : series.unit;
  const unitName = (unit: string) => dataLabel('unit', unit, locale);

  const chartTitle = (chart: IndicatorChart) => {
    if (chart.kind === 'LINE') {
      if (chart.dimension !== HEADLINE_DIMENSION) return dimensionName(chart.dimension);
      return chart.series.length === 1 ? nameOf(chart.series[0].name) : series.title;
    }
    const name = nameOf(chart.series[0].name);
    return chart.dimension === HEADLINE_DIMENSION ? name : `${name} – ${dimensionName(chart.dimension)}`;
  };
  const chartUnit = (chart: IndicatorChart) =>
    unitName(unitFor(chart.dimension, chart.series.length === 1 ? chart.series[0].name : ''));

  const figureLabel = (figure: IndicatorObservation) => {
    const what =
      figure.dimension === HEADLINE_DIMENSION
        ? nameOf(figure.measure)
        : [dimensionName(figure.dimension), figure.measure && measureName(figure.measure)]
            .filter(Boolean)
            .join(' · ');
    return figure.label ? `${what}, ${periodLabel(figure.label, locale)}` : what;
  };
  /** A figure's unit, unless the series' unit names several and the figure's cannot be told. */
  const figureUnit = (figure: IndicatorObservation) => {
    const unit = unitFor(figure.dimension, figure.measure);
    return unit.includes('/') ? '' : unitName(unit);
  };

  const renderChart = (chart: IndicatorChart, index: number) => {
    const frame = {
      id: `${anchor}-chart-${index}`,
      title: chartTitle(chart),
      unit: chartUnit(chart),
      source,
      headingLevel: 4 as const,
    };
    return chart.kind === 'LINE' ? (
      <LineChart
        key={frame.id}
        {...frame}
        series={chart.series.map((line) => ({
          name: nameOf(line.name),
          points: line.points.map((point) => ({
            label: periodLabel(point.label, locale),
            value: point.value,
          })),
        }))}
      />
    ) : (
      <BarChart key={frame.id} {...frame} bars={chart.series[0].points} />
    );
  };
  const [firstChart, ...moreCharts] = shape.charts;

  return (
    <article id={anchor} tabIndex={-1} aria-labelledby={`${anchor}-title`} className="indicator-card">
      <h3 id={`${anchor}-title`} className="h4 indicator-title">
        {series.title}
      </h3>
      <p className="indicator-facts small">
        <span>
          {t('context.indicators.territory')}: {series.territory}
        </span>
        <span>
          {t('context.indicators.unit')}: {unitName(series.unit)}
        </span>
        <Badge color="light" className="indicator-scope">
          {scope}
        </Badge>
      </p>
      {shape.figures.length > 0 && (
        <dl className="key-figures">
          {shape.figures.map((figure, index) => (
            <div
              key={`${index}-${figure.dimension}-${figure.measure}-${figure.label}`}
              className="key-figure"
            >
              <dt>{figureLabel(figure)}</dt>
              <dd>
                <span className="key-figure-value">{formatNumber(figure.value, locale)}</span>
                {figureUnit(figure) && <span className="key-figure-unit"> {figureUnit(figure)}</span>}
              </dd>
            </div>
          ))}
        </dl>
      )}
      {firstChart && renderChart(firstChart, 0)}
      {moreCharts.length > 0 && (
        <>
          <Button
            color="primary"
            outline
            size="xs"
            className="d-inline-flex align-items-center gap-1 mb-3"
            aria-expanded={allCharts}
            aria-controls={`${anchor}-more`}
            onClick={() => setAllCharts((shown) => !shown)}
          >
            <Icon icon={allCharts ? 'it-collapse' : 'it-expand'} size="xs" color="primary" aria-hidden />
            {t(allCharts ? 'context.indicators.fewerCharts' : 'context.indicators.moreCharts', {
              count: moreCharts.length,
            })}
            <span className="visually-hidden"> – {series.title}</span>
          </Button>
          <div id={`${anchor}-more`}>
            {allCharts && moreCharts.map((chart, index) => renderChart(chart, index + 1))}
          </div>
        </>
      )}
      {series.notes.length > 0 && (
        <>
          {/* The analysts wrote their notes in English: say so, and let screen readers read them so. */}
          <h4 className="h6 mt-3">{t('context.indicators.analystNotes')}</h4>
          <ul className="small indicator-notes" lang="en">
            {series.notes.map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
        </>
      )}
      {shape.charts.length === 0 && <p className="small indicator-source mb-0">{source}</p>}
    </article>
  );
}
