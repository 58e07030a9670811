import type { MarkerShape } from './palette';

/** A line's point mark, centred on x, y; its shape tells series apart without colour. */
export function MarkerSymbol({
  shape,
  x,
  y,
  color,
}: {
  shape: MarkerShape;
  x: number;
  y: number;
  color: string;
}) {
  const style = { fill: color, stroke: 'var(--bs-white, #fff)', strokeWidth: 1.5 };
  const r = 4.5;
  switch (shape) {
    case 'square':
      return <rect x={x - r + 0.5} y={y - r + 0.5} width={2 * r - 1} height={2 * r - 1} style={style} />;
    case 'diamond':
      return (
        <polygon
          points={`${x},${y - r - 1} ${x + r + 1},${y} ${x},${y + r + 1} ${x - r - 1},${y}`}
          style={style}
        />
      );
    case 'triangle':
      return (
        <polygon points={`${x},${y - r - 1} ${x + r + 0.5},${y + r} ${x - r - 0.5},${y + r}`} style={style} />
      );
    case 'triangle-down':
      return (
        <polygon points={`${x},${y + r + 1} ${x + r + 0.5},${y - r} ${x - r - 0.5},${y - r}`} style={style} />
      );
    case 'cross':
      return (
        <path
          d={`M${x - r},${y - r}L${x + r},${y + r}M${x - r},${y + r}L${x + r},${y - r}`}
          style={{ stroke: color, strokeWidth: 2.5 }}
        />
      );
    default:
      return <circle cx={x} cy={y} r={r} style={style} />;
  }
}
