import { useTranslation } from 'react-i18next';

export interface FormattedDateProps {
  /** A calendar day (YYYY-MM-DD) or an ISO date-time. */
  value: string;
  month?: 'long' | 'short';
}

const CALENDAR_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A calendar day is not an instant: read and shown in UTC it never slips to the day before. */
export function FormattedDate({ value, month = 'long' }: FormattedDateProps) {
  const { i18n } = useTranslation();
  const isDay = CALENDAR_DAY.test(value);
  const date = new Date(isDay ? `${value}T00:00:00Z` : value);
  const text = new Intl.DateTimeFormat(i18n.resolvedLanguage, {
    day: 'numeric',
    month,
    year: 'numeric',
    timeZone: isDay ? 'UTC' : 'Europe/Rome',
  }).format(date);
  return <time dateTime={value}>{text}</time>;
}
