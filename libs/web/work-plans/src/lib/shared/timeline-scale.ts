const DAY_MS = 24 * 60 * 60 * 1000;

/** Days since the epoch for a calendar day (YYYY-MM-DD), read in UTC so it never slips a day. */
export function dayNumber(isoDate: string): number {
  return Math.round(Date.parse(`${isoDate.slice(0, 10)}T00:00:00Z`) / DAY_MS);
}

export interface TimelineScale {
  /** Where a day's start falls on the axis, in percent of its width, kept within 0 and 100. */
  at: (isoDate: string) => number;
  /** The span of whole days from `from` to `to` (both included), clipped to the axis, in percent. */
  span: (from: string, to: string) => { left: number; width: number };
  /** Whether a day falls within the axis. */
  includes: (isoDate: string) => boolean;
}

/** A horizontal time axis from `startsOn` to `endsOn`, both included, for the Gantt-like timelines. */
export function timelineScale(startsOn: string, endsOn: string): TimelineScale {
  const first = dayNumber(startsOn);
  const days = Math.max(1, dayNumber(endsOn) - first + 1);
  const clamp = (value: number) => Math.min(100, Math.max(0, value));
  const at = (isoDate: string) => clamp(((dayNumber(isoDate) - first) / days) * 100);
  return {
    at,
    span: (from, to) => {
      const left = at(from);
      const right = clamp(((dayNumber(to) + 1 - first) / days) * 100);
      return { left, width: Math.max(0, right - left) };
    },
    includes: (isoDate) => {
      const day = dayNumber(isoDate);
      return day >= first && day < first + days;
    },
  };
}
