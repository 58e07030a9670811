import type { SearchItemType } from '@piano2030/shared-domain';

/** The facets a search narrows by; each facet's counts ignore its own filter, so choices stay visible. */
export const FACETS = ['types', 'areas', 'kinds', 'categories', 'statuses', 'months'] as const;
export type Facet = (typeof FACETS)[number];

export interface SearchFilters {
  types?: readonly SearchItemType[] | null;
  areaCodes?: readonly string[] | null;
  kinds?: readonly string[] | null;
  categories?: readonly string[] | null;
  statuses?: readonly string[] | null;
  /** Inclusive local dates (YYYY-MM-DD), compared with the creation day in Rome. */
  from?: string | null;
  to?: string | null;
  consultationId?: string | null;
}

/** Day and month of a document as people in Lucca would date it. */
const LOCAL_DAY = `(created_at AT TIME ZONE 'Europe/Rome')::date`;
export const LOCAL_MONTH = `to_char(created_at AT TIME ZONE 'Europe/Rome', 'YYYY-MM')`;

/** SQL conditions over the documents' columns, each with the facet it belongs to; values go to `params`. */
export function filterConditions(filters: SearchFilters, params: unknown[]): [Facet | null, string][] {
  const bind = (value: unknown) => `$${params.push(value)}`;
  const conditions: [Facet | null, string][] = [];
  const list = (facet: Facet, values: readonly string[] | null | undefined, sql: (p: string) => string) => {
    if (values?.length) conditions.push([facet, sql(bind([...values]))]);
  };
  list('types', filters.types, (p) => `type = ANY(${p}::text[])`);
  list('areas', filters.areaCodes, (p) => `area_codes && ${p}::text[]`);
  list('kinds', filters.kinds, (p) => `kind = ANY(${p}::text[])`);
  list('categories', filters.categories, (p) => `category = ANY(${p}::text[])`);
  list('statuses', filters.statuses, (p) => `status = ANY(${p}::text[])`);
  if (filters.from) conditions.push(['months', `${LOCAL_DAY} >= ${bind(filters.from)}::date`]);
  if (filters.to) conditions.push(['months', `${LOCAL_DAY} <= ${bind(filters.to)}::date`]);
  if (filters.consultationId)
    conditions.push([null, `consultation_id = ${bind(filters.consultationId)}::uuid`]);
  return conditions;
}

/** `WHERE` over the conditions, leaving out one facet's own (for that facet's counts). */
export function whereClause(conditions: [Facet | null, string][], except?: Facet): string {
  const kept = conditions.filter(([facet]) => except === undefined || facet !== except).map(([, sql]) => sql);
  return kept.length ? `WHERE ${kept.join(' AND ')}` : '';
}
