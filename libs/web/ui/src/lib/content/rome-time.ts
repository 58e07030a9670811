/**
 * The plan is run from Lucca: the date and time someone types (a meeting, a vote, a consultation's
 * window) are Italian wall-clock time, whatever the zone of the browser. These convert between that
 * and instants, without a date library.
 */
const ZONE = 'Europe/Rome';
const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

const wallClock = new Intl.DateTimeFormat('en-US', {
  timeZone: ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

function wallParts(instant: number) {
  const parts = wallClock.formatToParts(new Date(instant));
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  return {
    year: part('year'),
    month: part('month'),
    day: part('day'),
    hour: part('hour'),
    minute: part('minute'),
    second: part('second'),
  };
}

/** How far Rome's clock is ahead of UTC at `instant`, in milliseconds. */
function offsetAt(instant: number): number {
  const p = wallParts(instant);
  const whole = Math.floor(instant / 1000) * 1000;
  return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) - whole;
}

/** `YYYY-MM-DDTHH:mm` read as Italian time; null when it is not such a value. */
export function romeLocalToDate(value: string): Date | null {
  const match = LOCAL_DATE_TIME.exec(value);
  if (!match) return null;
  const [year, month, day, hour, minute] = match.slice(1).map(Number);
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  // Twice: the offset at the guessed instant can differ from the first guess around a clock change.
  const guess = wall - offsetAt(wall);
  return new Date(wall - offsetAt(guess));
}

/** An instant as Italian `YYYY-MM-DDTHH:mm`, the value a datetime-local input takes. */
export function toRomeLocal(date: Date): string {
  const p = wallParts(date.getTime());
  const two = (n: number) => String(n).padStart(2, '0');
  return `${p.year}-${two(p.month)}-${two(p.day)}T${two(p.hour)}:${two(p.minute)}`;
}
