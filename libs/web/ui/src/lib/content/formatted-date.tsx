import { useTranslation } from 'react-i18next';

export interface FormattedDateProps {
  /** A calendar day (YYYY-MM-DD) or an ISO date-time. */
  value: string;
  month?: 'long' | 'short';
  /** Adds the time of day, in Italy's time zone: for instants such as a meeting's start. */
  withTime?: boolean;
}

const CALENDAR_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A calendar day is not an instant: read and shown in UTC it never slips to the day before. */
export function FormattedDate({ value, month = 'long', withTime = false }: FormattedDateProps) {
  const { i18n } = useTranslation();
  const isDay = CALENDAR_DAY.test(value);
  const date = new Date(isDay ? `${value}T00:00:00Z` : value);
  const timeZone = isDay ? 'UTC' : 'Europe/Rome';
  const format =
    withTime && !isDay
      ? new Intl.DateTimeFormat(i18n.resolvedLanguage, {
          dateStyle: month === 'long' ? 'long' : 'medium',
          timeStyle: 'short',
          timeZone,
        })
      : new Intl.DateTimeFormat(i18n.resolvedLanguage, { day: 'numeric', month, year: 'numeric', timeZone });
  return <time dateTime={value}>{format.format(date)}</time>;
}
