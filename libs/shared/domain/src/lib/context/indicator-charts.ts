/** One number of an indicator series: a headline value or a cell of a breakdown. */
export interface IndicatorObservation {
  /** 'values' for the headline figures, else the breakdown's dimension (e.g. "sector_2018"). */
  dimension: string;
  /** What is measured ('' for the series' own measure), e.g. "birthRatePct" or "totale.presenze". */
  measure: string;
  /** The period ("2018") or the category ("Costruzioni"); '' for a figure with neither. */
  label: string;
  value: number;
}

export interface IndicatorChartSeries {
  name: string;
  points: { label: string; value: number }[];
}

export interface IndicatorChart {
  /** Lines for periods, bars for categories. */
  kind: 'LINE' | 'BAR';
  dimension: string;
  series: IndicatorChartSeries[];
}

export interface IndicatorShape {
  charts: IndicatorChart[];
  /** Lone numbers (one period, no breakdown): shown as key figures, not as a one-bar chart. */
  figures: IndicatorObservation[];
}

export const HEADLINE_DIMENSION = 'values';

const isPeriod = (label: string) => /^(19|20)\d{2}/.test(label);

/**
 * How a series is best looked at. Within each dimension, a measure with two or more periods is a
 * line; with two or more categories a bar chart; a measure with a single number is a key figure.
 * Lines of one dimension share a chart (same periods), bars get one chart per measure, since the
 * measures of a breakdown (arrivals, nights, shares) rarely share a unit.
 */
export function shapeIndicator(observations: readonly IndicatorObservation[]): IndicatorShape {
  const charts: IndicatorChart[] = [];
  const figures: IndicatorObservation[] = [];
  for (const [dimension, rows] of groupBy(observations, (o) => o.dimension)) {
    const measures = [...groupBy(rows, (o) => o.measure)];
    const lines: IndicatorChartSeries[] = [];
    for (const [measure, points] of measures) {
      if (points.length < 2) {
        figures.push(...points);
        continue;
      }
      const series = { name: measure, points: points.map(({ label, value }) => ({ label, value })) };
      if (points.every((p) => isPeriod(p.label))) lines.push(series);
      else charts.push({ kind: 'BAR', dimension, series: [series] });
    }
    if (lines.length) charts.push({ kind: 'LINE', dimension, series: lines });
  }
  return { charts, figures };
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}
