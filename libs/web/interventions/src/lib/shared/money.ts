import { FUNDING_SOURCES, PLAN_YEARS, toCents, type FundingSource } from '@piano2030/shared-domain';

/** Euros as the language writes them: "1.200.000 €", "800.000,50 €"; cents only when there are some. */
export function formatEuro(amount: number, locale: string): string {
  const cents = toCents(amount) % 100 !== 0;
  return new Intl.NumberFormat(locale, {
    style: 'currency',
    currency: 'EUR',
    minimumFractionDigits: cents ? 2 : 0,
    maximumFractionDigits: 2,
    useGrouping: 'always',
  }).format(amount);
}

/** An amount as the editor's cells show it: no grouping, the language's decimal mark ("800000,5"). */
export function amountInputText(amount: number, locale: string): string {
  return new Intl.NumberFormat(locale, { useGrouping: false, maximumFractionDigits: 2 }).format(amount);
}

const SPACES_AND_EURO = /[\s\u00a0\u202f€]/g;

/**
 * A number typed by a person: null when blank, NaN when it is not a number. In Italian the comma
 * is the decimal mark and dots group thousands ("1.200.000,50"); a lone dot followed by anything
 * but groups of three digits is still read as a decimal point ("0.5"). In English, commas group
 * and the dot is the decimal mark, but "1200,5" is read as a decimal too.
 */
export function parseDecimal(text: string, locale: string): number | null {
  const compact = text.replace(SPACES_AND_EURO, '');
  if (compact === '') return null;
  let normal = compact;
  if (locale.startsWith('en')) {
    if (/^-?\d{1,3}(,\d{3})+(\.\d+)?$/.test(compact)) normal = compact.replace(/,/g, '');
    else if (/^-?\d+,\d+$/.test(compact)) normal = compact.replace(',', '.');
  } else if (compact.includes(',')) {
    normal = compact.replace(/\./g, '').replace(',', '.');
  } else if (/^-?\d{1,3}(\.\d{3})+$/.test(compact)) {
    normal = compact.replace(/\./g, '');
  }
  return /^-?\d+(\.\d+)?$/.test(normal) ? Number(normal) : Number.NaN;
}

/** One cell of a year × funding source table. */
export const cellKey = (year: number, source: FundingSource) => `${year}:${source}`;

export interface ResourceTotals {
  /** By year, every plan year. */
  byYear: Map<number, number>;
  /** By source, every source. */
  bySource: Map<FundingSource, number>;
  total: number;
}

/**
 * Row, column and grand totals of amounts per year and source, summed in whole cents so that the
 * rows, the columns and the grand total always agree. Amounts that are not numbers count as zero.
 */
export function resourceTotals(
  amounts: Iterable<{ year: number; source: FundingSource; amount: number }>,
): ResourceTotals {
  const years = new Map<number, number>(PLAN_YEARS.map((year) => [year, 0]));
  const sources = new Map<FundingSource, number>(FUNDING_SOURCES.map((source) => [source, 0]));
  let total = 0;
  for (const { year, source, amount } of amounts) {
    if (!Number.isFinite(amount)) continue;
    const cents = toCents(amount);
    years.set(year, (years.get(year) ?? 0) + cents);
    sources.set(source, (sources.get(source) ?? 0) + cents);
    total += cents;
  }
  return {
    byYear: new Map([...years].map(([year, cents]) => [year, cents / 100])),
    bySource: new Map([...sources].map(([source, cents]) => [source, cents / 100])),
    total: total / 100,
  };
}
