import { seriesColour } from './palette';
import { MarkerSymbol } from './marker-symbol';

/**
 * The series' names beside a sample of their colour, dash and marker (`lines`) or a colour swatch
 * (columns). Hidden from screen readers: the table names every series.
 */
export function ChartLegend({ names, kind }: { names: string[]; kind: 'lines' | 'swatches' }) {
  return (
    <ul className="chart-legend" aria-hidden="true">
      {names.map((name, index) => {
        const { color, dash, marker } = seriesColour(index);
        return (
          <li key={`${index}-${name}`}>
            <svg width="32" height="14" viewBox="0 0 32 14" className="chart-legend-sample">
              {kind === 'lines' ? (
                <>
                  <line
                    x1="1"
                    x2="31"
                    y1="7"
                    y2="7"
                    strokeWidth="2.5"
                    strokeDasharray={dash}
                    style={{ stroke: color }}
                  />
                  <MarkerSymbol shape={marker} x={16} y={7} color={color} />
                </>
              ) : (
                <rect x="9" y="0" width="14" height="14" rx="2" style={{ fill: color }} />
              )}
            </svg>
            {name}
          </li>
        );
      })}
    </ul>
  );
}
