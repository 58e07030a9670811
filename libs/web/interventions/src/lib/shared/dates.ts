/** A calendar day (YYYY-MM-DD) in words, read in UTC so it never slips to the day before. */
export function formatDay(day: string, locale: string, month: 'long' | 'short' = 'long'): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return day;
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month, year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${day}T00:00:00Z`),
  );
}
