import { HEADLINE_DIMENSION, type IndicatorObservation } from '@piano2030/shared-domain';
import type { RppIndicator } from './rpp-file';

const PERIOD = '(?:19|20)\\d{2}(?:-\\d{2}-\\d{2}|H\\d|Q\\d)?';
/** "2018", "2018-12-31", "2019H1_EURmillion" (a period, then what it measures). */
const PERIOD_FIRST = new RegExp(`^(${PERIOD})(?:_(.+))?$`);
/** "birthRatePct_2018": what it measures, then the period. */
const PERIOD_LAST = new RegExp(`^(.+?)_(${PERIOD})$`);
const PERIOD_ONLY = new RegExp(`^${PERIOD}$`);
const NOT_MEASURES = new Set(['key', 'note', 'notes']);

/** Reads "birthRatePct_2018" as measure birthRatePct in 2018, and "2019H1_EURmillion" the other way round. */
export function splitValueKey(key: string): { measure: string; label: string } {
  const first = PERIOD_FIRST.exec(key);
  if (first) return { measure: first[2] ?? '', label: first[1] };
  const last = PERIOD_LAST.exec(key);
  return last ? { measure: last[1], label: last[2] } : { measure: key, label: '' };
}

/**
 * Every printed number of an indicator as observations: headline values, year-on-year changes,
 * and each numeric cell of its breakdowns (nested cells by their path, e.g. "totale.presenze").
 * Text cells stay out; the first of two cells with the same address wins.
 */
export function flattenRppIndicator(indicator: RppIndicator): IndicatorObservation[] {
  const observations: IndicatorObservation[] = [];
  const seen = new Set<string>();
  const add = (dimension: string, measure: string, label: string, value: unknown) => {
    const key = [dimension, measure, label].join('\u0000');
    if (typeof value !== 'number' || !Number.isFinite(value) || seen.has(key)) return;
    seen.add(key);
    observations.push({ dimension, measure, label, value });
  };
  for (const [key, value] of Object.entries(indicator.values ?? {})) {
    const { measure, label } = splitValueKey(key);
    add(HEADLINE_DIMENSION, measure, label, value);
  }
  for (const [key, value] of Object.entries(indicator.changePct ?? {})) add('changePct', '', key, value);
  for (const breakdown of indicator.breakdowns ?? []) {
    for (const item of breakdown.items) {
      const label = String(item['key'] ?? '').trim();
      for (const [path, value] of numericLeaves(item)) {
        const cell = breakdownCell(label, path);
        add(breakdown.dimension, cell.measure, cell.label, value);
      }
    }
  }
  return observations;
}

/**
 * A cell's measure is its path ("totale.presenze"), its label the item; but when the path holds
 * a period ("values.2018"), the item is what is measured and the period is the label, so the
 * years of one item draw as a line.
 */
function breakdownCell(itemKey: string, path: string): { measure: string; label: string } {
  const segments = path.split('.');
  const period = segments.findIndex((segment) => PERIOD_ONLY.test(segment));
  if (period < 0) return { measure: path === 'value' ? '' : path, label: itemKey };
  const rest = segments.filter((segment, i) => i !== period && segment !== 'values');
  return { measure: [itemKey, ...rest].join('.'), label: segments[period] };
}

function numericLeaves(record: Record<string, unknown>, prefix = ''): [string, number][] {
  return Object.entries(record).flatMap(([key, value]): [string, number][] => {
    if (!prefix && NOT_MEASURES.has(key)) return [];
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'number') return [[path, value]];
    if (value && typeof value === 'object' && !Array.isArray(value))
      return numericLeaves(value as Record<string, unknown>, path);
    return [];
  });
}

/** The remarks printed with a series, flattened to sentences for its page. */
export function indicatorNotes(indicator: RppIndicator): string[] {
  const uncertain =
    typeof indicator.uncertain === 'string' ? [indicator.uncertain] : (indicator.uncertain ?? []);
  const comparators = Object.entries(indicator.comparators ?? {}).map(
    ([key, value]) => `${key}: ${describe(value)}`,
  );
  return [
    ...(indicator.notes ?? []),
    ...uncertain,
    ...(indicator.chartDataMissing ? [indicator.chartDataMissing] : []),
    ...comparators,
  ];
}

/** A comparator as text: nested figures as "key value" pairs, never "[object Object]". */
function describe(value: unknown): string {
  if (Array.isArray(value)) return value.map(describe).join(', ');
  if (value && typeof value === 'object') {
    return Object.entries(value)
      .map(([key, inner]) => `${key} ${describe(inner)}`)
      .join(', ');
  }
  return String(value);
}
