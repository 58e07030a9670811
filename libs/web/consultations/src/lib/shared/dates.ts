const DAY_MS = 24 * 60 * 60 * 1000;

/** Whole days from `now` until `instant`, rounded up (a few hours left is "1 day"); 0 once past. */
export function daysUntil(instant: string, now: Date): number {
  const ms = Date.parse(instant) - now.getTime();
  if (!Number.isFinite(ms) || ms <= 0) return 0;
  return Math.ceil(ms / DAY_MS);
}

/** How far a window has run, 0 to 100, at `now`. */
export function windowElapsedPercent(opensAt: string, closesAt: string, now: Date): number {
  const from = Date.parse(opensAt);
  const to = Date.parse(closesAt);
  if (!Number.isFinite(from) || !Number.isFinite(to) || to <= from) return 0;
  return Math.min(100, Math.max(0, ((now.getTime() - from) / (to - from)) * 100));
}

/** A calendar day (YYYY-MM-DD) as an instant at its start, in UTC, to compare with date-times. */
export const dayStart = (day: string) => `${day}T00:00:00.000Z`;
