import { useTranslation } from 'react-i18next';
import { ChartFigure } from './chart-figure';
import { ChartTable } from './chart-table';
import type { ChartBaseProps } from './chart-types';
import { EmptyChart } from './empty-chart';
import { formatNumber } from './format-number';

export interface Bar {
  label: string;
  value: number;
  /** A remark on this value ("dato provvisorio"), shown under its label and in the table. */
  note?: string;
}

export interface BarChartProps extends ChartBaseProps {
  bars: Bar[];
}

/**
 * Values by category as horizontal bars, in the order given: long names wrap beside the bars (above
 * them on narrow screens), negative values run left of the zero line, each value is written at its
 * bar's end. Drawn with HTML and CSS, so the labels wrap as text does.
 */
export function BarChart({ bars, ...frame }: BarChartProps) {
  const { t, i18n } = useTranslation();
  const locale = i18n.resolvedLanguage ?? i18n.language;
  const shown = bars.filter((bar) => Number.isFinite(bar.value));
  if (shown.length === 0) return <EmptyChart {...frame} />;

  const low = Math.min(0, ...shown.map((bar) => bar.value));
  const high = Math.max(0, ...shown.map((bar) => bar.value));
  const span = high - low || 1;
  const zero = (-low / span) * 100;
  const written = shown.map((bar) => formatNumber(bar.value, locale, { compact: true }));
  // Room beside the bars for the longest value on each side, in widths of a digit.
  const room = (negative: boolean) =>
    Math.max(
      0,
      ...written.filter((_, index) => shown[index].value < 0 === negative).map((text) => text.length + 1),
    );
  const sorted = [...shown].sort((a, b) => a.value - b.value);
  const summary = t('charts.summary.bar', {
    title: frame.title,
    count: shown.length,
    min: formatNumber(sorted[0].value, locale, { compact: 'long' }),
    minLabel: sorted[0].label,
    max: formatNumber(sorted[sorted.length - 1].value, locale, { compact: 'long' }),
    maxLabel: sorted[sorted.length - 1].label,
    unit: frame.unit,
  });

  const drawing = (
    <div className="chart-drawing chart-bars" role="img" aria-label={summary}>
      {shown.map((bar, index) => {
        const negative = bar.value < 0;
        const size = (Math.abs(bar.value) / span) * 100;
        const start = negative ? zero - size : zero;
        return (
          <div key={`${index}-${bar.label}`} className="chart-bar-row">
            <span className="chart-bar-label">
              {bar.label}
              {bar.note && <span className="chart-bar-note">{bar.note}</span>}
            </span>
            <span
              className="chart-bar-track"
              style={{ marginLeft: `${room(true)}ch`, marginRight: `${room(false)}ch` }}
            >
              <span className="chart-bar-zero" style={{ left: `${zero}%` }} />
              <span
                className={`chart-bar-fill${negative ? ' chart-bar-negative' : ''}`}
                style={{ left: `${start}%`, width: `${size}%` }}
              />
              <span
                className="chart-bar-value"
                style={negative ? { right: `${100 - start}%` } : { left: `${start + size}%` }}
              >
                {written[index]}
              </span>
            </span>
          </div>
        );
      })}
    </div>
  );

  const withNotes = shown.some((bar) => bar.note);
  return (
    <ChartFigure
      {...frame}
      drawing={drawing}
      table={
        <ChartTable
          caption={frame.title}
          header={t('charts.table.item')}
          columns={[
            {
              name: frame.unit ? `${t('charts.table.value')} (${frame.unit})` : t('charts.table.value'),
              numeric: true,
            },
            ...(withNotes ? [{ name: t('charts.table.note') }] : []),
          ]}
          rows={shown.map((bar) => ({
            label: bar.label,
            cells: withNotes ? [bar.value, bar.note] : [bar.value],
          }))}
        />
      }
    />
  );
}
