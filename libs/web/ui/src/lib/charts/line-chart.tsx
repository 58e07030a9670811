import { useTranslation } from 'react-i18next';
import { ChartFigure } from './chart-figure';
import { ChartLegend } from './chart-legend';
import { ChartTable } from './chart-table';
import type { ChartBaseProps } from './chart-types';
import { EmptyChart } from './empty-chart';
import { formatNumber, formatTicks } from './format-number';
import { MarkerSymbol } from './marker-symbol';
import { seriesColour } from './palette';
import { linear, niceScale, textWidth } from './scale';
import { useChartWidth } from './use-chart-width';
import { layoutXLabels, XLabels } from './x-labels';
import { YAxis } from './y-axis';

export interface LineSeries {
  name: string;
  points: { label: string; value: number }[];
}

export interface LineChartProps extends ChartBaseProps {
  /** Up to six series read well; the x axis takes their labels in the order given. */
  series: LineSeries[];
}

/** Values over periods (years, quarters): one line with dots per series, a legend for two or more. */
export function LineChart({ series, ...frame }: LineChartProps) {
  const { t, i18n } = useTranslation();
  const locale = i18n.resolvedLanguage ?? i18n.language;
  const { ref, width, fontSize } = useChartWidth<HTMLDivElement>();
  const labels = [...new Set(series.flatMap((one) => one.points.map((point) => point.label)))];
  const byLabel = series.map((one) => new Map(one.points.map((point) => [point.label, point.value])));
  const values = series.flatMap((one) => one.points.map((point) => point.value)).filter(Number.isFinite);
  if (values.length === 0) return <EmptyChart {...frame} />;

  const scale = niceScale(Math.min(...values), Math.max(...values));
  const tickLabels = formatTicks(scale.ticks, locale);
  const count = labels.length;
  const xLabels = layoutXLabels(labels, (width - 80) / Math.max(1, count - 1), fontSize);
  const half = (index: number) =>
    Math.max(...xLabels.lines[index].map((line) => textWidth(line, fontSize))) / 2;
  // Points keep clear of the axis' ends, so the first period's label stays off the tick labels.
  const inset = count > 1 ? Math.max(12, half(0)) : 0;
  const edge = (index: number) => (count > 1 ? half(index) + 2 - inset : 0);
  const tickWidth = Math.max(...tickLabels.map((label) => textWidth(label, fontSize)));
  const left = Math.max(tickWidth + 10, edge(0));
  const right = width - Math.max(4, edge(count - 1));
  const bottom = (width < 480 ? 200 : 260) + fontSize / 2;
  const height = bottom + xLabels.height;
  const y = linear(scale.min, scale.max, bottom, fontSize / 2 + 2);
  const spacing = count > 1 ? (right - left - 2 * inset) / (count - 1) : right - left;
  const x = (index: number) => (count > 1 ? left + inset + index * spacing : (left + right) / 2);

  const summary = t('charts.summary.line', {
    title: frame.title,
    count: series.length,
    first: labels[0],
    last: labels[labels.length - 1],
    min: formatNumber(Math.min(...values), locale, { compact: 'long' }),
    max: formatNumber(Math.max(...values), locale, { compact: 'long' }),
    unit: frame.unit,
  });

  const drawing = (
    <div ref={ref} className="chart-drawing" role="img" aria-label={summary}>
      <svg viewBox={`0 0 ${width} ${height}`} className="chart-svg">
        <YAxis ticks={scale.ticks} labels={tickLabels} y={y} left={left} right={right} />
        <XLabels layout={xLabels} x={x} top={bottom} spacing={spacing} fontSize={fontSize} />
        {series.map((one, index) => {
          const { color, dash, marker } = seriesColour(index);
          const points = labels.map((label, at) => {
            const value = byLabel[index].get(label);
            return value === undefined || !Number.isFinite(value) ? null : { at, label, value };
          });
          return (
            <g key={`${index}-${one.name}`}>
              <path
                d={linePath(points.map((point) => point && { x: x(point.at), y: y(point.value) }))}
                className="chart-line"
                strokeDasharray={dash}
                style={{ stroke: color }}
              />
              {points.map(
                (point) =>
                  point && (
                    <g key={point.label}>
                      <title>{`${one.name}, ${point.label}: ${formatNumber(point.value, locale)} ${frame.unit}`}</title>
                      <MarkerSymbol shape={marker} x={x(point.at)} y={y(point.value)} color={color} />
                    </g>
                  ),
              )}
            </g>
          );
        })}
      </svg>
    </div>
  );

  return (
    <ChartFigure
      {...frame}
      drawing={drawing}
      legend={series.length > 1 && <ChartLegend names={series.map((one) => one.name)} kind="lines" />}
      table={
        <ChartTable
          caption={frame.unit ? `${frame.title} (${frame.unit})` : frame.title}
          header={t('charts.table.period')}
          columns={series.map((one) => ({ name: one.name, numeric: true }))}
          rows={labels.map((label) => ({ label, cells: byLabel.map((values) => values.get(label)) }))}
        />
      }
    />
  );
}

/** A path through the points in order, broken where a value is missing. */
function linePath(points: ({ x: number; y: number } | null)[]): string {
  let path = '';
  let drawing = false;
  for (const point of points) {
    if (!point) {
      drawing = false;
      continue;
    }
    path += `${drawing ? 'L' : 'M'}${point.x.toFixed(1)},${point.y.toFixed(1)}`;
    drawing = true;
  }
  return path;
}
