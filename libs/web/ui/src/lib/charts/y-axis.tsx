/** Horizontal grid lines at the ticks, labelled on the left; the zero line darker. */
export function YAxis({
  ticks,
  labels,
  y,
  left,
  right,
}: {
  ticks: number[];
  labels: string[];
  y: (value: number) => number;
  left: number;
  right: number;
}) {
  return (
    <g className="chart-y-axis">
      {ticks.map((tick, index) => (
        <g key={tick}>
          <line
            x1={left}
            x2={right}
            y1={y(tick)}
            y2={y(tick)}
            className={tick === 0 ? 'chart-zero-line' : 'chart-grid-line'}
          />
          <text x={left - 6} y={y(tick)} textAnchor="end" dominantBaseline="central">
            {labels[index]}
          </text>
        </g>
      ))}
    </g>
  );
}
