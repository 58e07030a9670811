import { paths } from '@piano2030/web-core';

export interface RegisterFilter {
  area?: string;
  priority?: string;
  status?: string;
  guideline?: string;
}

/** The register's filters live in its address, in Italian like the rest of the site's addresses. */
export const FILTER_PARAMS = {
  area: 'ambito',
  priority: 'priorita',
  status: 'stato',
  guideline: 'linea',
} as const;

export function registerPath(filter: RegisterFilter = {}): string {
  const params = new URLSearchParams();
  for (const [key, param] of Object.entries(FILTER_PARAMS) as [keyof RegisterFilter, string][]) {
    const value = filter[key];
    if (value) params.set(param, value);
  }
  const query = params.toString();
  return query ? `${paths.interventions}?${query}` : paths.interventions;
}

/** `/interventi/nuovo?ambito=PS6&priorita=…`: a new intervention, started in an area or under a priority. */
export function newInterventionPath(area?: string, priority?: string): string {
  const params = new URLSearchParams();
  if (area) params.set('ambito', area);
  if (priority) params.set('priorita', priority);
  const query = params.toString();
  return query ? `${paths.newIntervention}?${query}` : paths.newIntervention;
}
