import { useTranslation } from 'react-i18next';
import { ChartFigure } from './chart-figure';
import { ChartLegend } from './chart-legend';
import { ChartTable } from './chart-table';
import type { ChartBaseProps } from './chart-types';
import { EmptyChart } from './empty-chart';
import { formatNumber, formatTicks } from './format-number';
import { seriesColour } from './palette';
import { linear, niceScale, textWidth } from './scale';
import { useChartWidth } from './use-chart-width';
import { layoutXLabels, XLabels } from './x-labels';
import { YAxis } from './y-axis';

export interface Stack {
  name: string;
  /** One value per category, in the categories' order. */
  values: number[];
}

export interface StackedBarChartProps extends ChartBaseProps {
  /** The columns, left to right: years, for instance. */
  categories: string[];
  /** The parts of every column, bottom to top: funding sources, for instance. */
  stacks: Stack[];
}

/** Vertical columns made of stacked parts, with each column's total written above it. */
export function StackedBarChart({ categories, stacks, ...frame }: StackedBarChartProps) {
  const { t, i18n } = useTranslation();
  const locale = i18n.resolvedLanguage ?? i18n.language;
  const { ref, width, fontSize } = useChartWidth<HTMLDivElement>();
  const value = (stack: Stack, index: number) => {
    const raw = stack.values[index];
    return raw !== undefined && Number.isFinite(raw) ? raw : undefined;
  };
  const columns = categories.map((_, index) => stacks.map((stack) => value(stack, index) ?? 0));
  if (
    categories.length === 0 ||
    !stacks.some((stack) => categories.some((_, i) => value(stack, i) !== undefined))
  ) {
    return <EmptyChart {...frame} />;
  }

  const totals = columns.map((parts) => parts.reduce((sum, part) => sum + part, 0));
  const tops = columns.map((parts) => parts.reduce((sum, part) => sum + Math.max(0, part), 0));
  const bottoms = columns.map((parts) => parts.reduce((sum, part) => sum + Math.min(0, part), 0));
  const scale = niceScale(Math.min(...bottoms), Math.max(...tops), 'always');
  const tickLabels = formatTicks(scale.ticks, locale);
  const totalLabels = totals.map((total) => formatNumber(total, locale, { compact: true }));

  const left = Math.max(...tickLabels.map((label) => textWidth(label, fontSize))) + 10;
  const right = width - 4;
  const band = (right - left) / categories.length;
  const column = Math.min(band * 0.6, 64);
  const widestTotal = Math.max(...totalLabels.map((label) => textWidth(label, fontSize)));
  // Totals wider than a column's band stand upright above it.
  const upright = widestTotal + 6 > band;
  const top = upright ? widestTotal + 10 : fontSize + 8;
  const plot = width < 480 ? 200 : 240;
  const xLabels = layoutXLabels(categories, band, fontSize);
  const height = top + plot + xLabels.height;
  const y = linear(scale.min, scale.max, top + plot, top);
  const centre = (index: number) => left + band * (index + 0.5);

  const summary = t('charts.summary.stacked', {
    title: frame.title,
    first: categories[0],
    last: categories[categories.length - 1],
    names: new Intl.ListFormat(locale).format(stacks.map((stack) => stack.name)),
    min: formatNumber(Math.min(...totals), locale, { compact: 'long' }),
    max: formatNumber(Math.max(...totals), locale, { compact: 'long' }),
    unit: frame.unit,
  });

  const drawing = (
    <div ref={ref} className="chart-drawing" role="img" aria-label={summary}>
      <svg viewBox={`0 0 ${width} ${height}`} className="chart-svg">
        <YAxis ticks={scale.ticks} labels={tickLabels} y={y} left={left} right={right} />
        {categories.map((category, index) => {
          let up = 0;
          let down = 0;
          const x = centre(index) - column / 2;
          const totalAt = y(tops[index]) - 4;
          return (
            <g key={`${index}-${category}`}>
              {stacks.map((stack, part) => {
                const amount = columns[index][part];
                if (amount === 0) return null;
                const from = amount > 0 ? up : down;
                const to = from + amount;
                if (amount > 0) up = to;
                else down = to;
                return (
                  <rect
                    key={part}
                    x={x}
                    y={Math.min(y(from), y(to))}
                    width={column}
                    height={Math.abs(y(from) - y(to))}
                    className="chart-segment"
                    style={{ fill: seriesColour(part).color }}
                  >
                    <title>{`${category}, ${stack.name}: ${formatNumber(amount, locale)} ${frame.unit}`}</title>
                  </rect>
                );
              })}
              <text
                x={centre(index)}
                y={totalAt}
                textAnchor={upright ? 'start' : 'middle'}
                dominantBaseline={upright ? 'central' : 'auto'}
                transform={upright ? `rotate(-90 ${centre(index)} ${totalAt})` : undefined}
                className="chart-total"
              >
                {totalLabels[index]}
              </text>
            </g>
          );
        })}
        <XLabels layout={xLabels} x={centre} top={top + plot} spacing={band} fontSize={fontSize} />
      </svg>
    </div>
  );

  return (
    <ChartFigure
      {...frame}
      drawing={drawing}
      legend={<ChartLegend names={stacks.map((stack) => stack.name)} kind="swatches" />}
      table={
        <ChartTable
          caption={frame.unit ? `${frame.title} (${frame.unit})` : frame.title}
          header={t('charts.table.item')}
          columns={[
            ...stacks.map((stack) => ({ name: stack.name, numeric: true })),
            { name: t('charts.table.total'), numeric: true },
          ]}
          rows={categories.map((category, index) => ({
            label: category,
            cells: [...stacks.map((stack) => value(stack, index)), totals[index]],
          }))}
        />
      }
    />
  );
}
