import { labelEvery, textWidth } from './scale';

export interface XLabelLayout {
  /** Each label as one line, or two when split at a space. */
  lines: string[][];
  /** Width of the widest line, in pixels. */
  widest: number;
  /** Height of the labels under the axis, in pixels. */
  height: number;
}

/**
 * Lays out an x axis' labels: on one line each while they fit side by side in `room` pixels, else
 * each split in two at its middle space ("IV trim." over "2021"), so more of them show on a phone.
 */
export function layoutXLabels(labels: string[], room: number, fontSize: number): XLabelLayout {
  const widthOf = (lines: string[]) => Math.max(...lines.map((line) => textWidth(line, fontSize)));
  const whole = labels.map((label) => [label]);
  const fits = Math.max(0, ...whole.map(widthOf)) + 8 <= room;
  const lines = fits ? whole : labels.map(splitInTwo);
  const rows = Math.max(1, ...lines.map((label) => label.length));
  return { lines, widest: Math.max(0, ...lines.map(widthOf)), height: rows * fontSize * 1.2 + 12 };
}

function splitInTwo(label: string): string[] {
  const middle = label.length / 2;
  let best = -1;
  for (let at = label.indexOf(' '); at >= 0; at = label.indexOf(' ', at + 1)) {
    if (best < 0 || Math.abs(at - middle) < Math.abs(best - middle)) best = at;
  }
  return best < 0 ? [label] : [label.slice(0, best), label.slice(best + 1)];
}

/** The labels under the axis, centred on their x, thinned out where even split they would touch. */
export function XLabels({
  layout,
  x,
  top,
  spacing,
  fontSize,
}: {
  layout: XLabelLayout;
  x: (index: number) => number;
  /** The axis' y: the labels hang below it. */
  top: number;
  spacing: number;
  fontSize: number;
}) {
  const shown = labelEvery(layout.lines.length, spacing, layout.widest);
  return (
    <g className="chart-x-labels">
      {layout.lines.map((lines, index) =>
        shown(index) ? (
          <text key={index} x={x(index)} y={top + 8 + fontSize} textAnchor="middle">
            {lines.map((line, row) => (
              <tspan key={row} x={x(index)} dy={row === 0 ? 0 : fontSize * 1.2}>
                {line}
              </tspan>
            ))}
          </text>
        ) : null,
      )}
    </g>
  );
}
