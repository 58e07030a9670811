import type { CSSProperties, ReactNode } from 'react';
import './gantt-chart.css';

export interface GanttBar {
  key: string;
  /** Percent of the axis, from a TimelineScale. */
  left: number;
  width: number;
  className: string;
  /** Drawn inside the bar when it is wide enough; purely visual. */
  text?: string;
  /** Share of the bar filled in, 0 to 100: an activity's progress. */
  fill?: number;
}

export interface GanttRow {
  key: string;
  label: string;
  bars: GanttBar[];
}

export interface GanttMark {
  key: string;
  at: number;
  label: string;
  className?: string;
}

/**
 * Bars on a time axis, one row each, with vertical markers (today, a deadline) across all rows.
 * Only a drawing: it is hidden from screen readers, and every caller gives the same facts in a
 * table, the drawing's text alternative.
 */
export function GanttChart({
  rows,
  ticks,
  marks,
  legend,
}: {
  rows: GanttRow[];
  ticks: GanttMark[];
  marks: GanttMark[];
  legend?: ReactNode;
}) {
  const position = (at: number): CSSProperties => ({ left: `${at}%` });
  // Near the axis' end a label goes to the left of its line, so it never runs off a narrow screen.
  const end = (at: number) => (at > 85 ? ' gantt-end' : '');
  return (
    <div className="gantt">
      <div className="gantt-grid" aria-hidden="true">
        <span className="gantt-label" />
        <div className="gantt-axis">
          {/* A tick at the very end of the axis has no room for its label: the end is the last bar's edge. */}
          {ticks
            .filter((tick) => tick.at < 92)
            .map((tick) => (
              <span key={tick.key} className={`gantt-tick${end(tick.at)}`} style={position(tick.at)}>
                {tick.label}
              </span>
            ))}
        </div>
        {rows.map((row) => (
          <div key={row.key} className="gantt-row">
            <span className="gantt-label" title={row.label}>
              {row.label}
            </span>
            <div className="gantt-track">
              {row.bars.map((bar) => (
                <span
                  key={bar.key}
                  className={`gantt-bar ${bar.className}`}
                  style={{ left: `${bar.left}%`, width: `${bar.width}%` }}
                >
                  {bar.fill !== undefined && (
                    <span className="gantt-fill" style={{ width: `${bar.fill}%` }} />
                  )}
                  {bar.text && <span className="gantt-bar-text">{bar.text}</span>}
                </span>
              ))}
            </div>
          </div>
        ))}
        <div className="gantt-marks">
          {marks.map((mark) => (
            <span
              key={mark.key}
              className={`gantt-mark ${mark.className ?? ''}${end(mark.at)}`}
              style={position(mark.at)}
            >
              <span className="gantt-mark-label">{mark.label}</span>
            </span>
          ))}
        </div>
      </div>
      {legend}
    </div>
  );
}
