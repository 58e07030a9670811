import {
  CONTRIBUTION_KINDS,
  SEARCH_ITEM_TYPES,
  STAKEHOLDER_CATEGORIES,
  type ContributionKind,
  type SearchItemType,
  type StakeholderCategory,
} from '@piano2030/shared-domain';

/** A search as the address bar holds it, so a search can be bookmarked, shared and gone back to. */
export interface SearchState {
  query: string;
  types: SearchItemType[];
  areaCodes: string[];
  kinds: ContributionKind[];
  categories: StakeholderCategory[];
  statuses: string[];
  from: string;
  to: string;
}

/** The facets people tick, with their Italian keys in the address. */
export const FACET_PARAMS = {
  types: 'tipo',
  areaCodes: 'ambito',
  kinds: 'genere',
  categories: 'categoria',
  statuses: 'esito',
} as const;
export type FacetKey = keyof typeof FACET_PARAMS;

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const known =
  <T extends string>(allowed: readonly T[]) =>
  (values: string[]) =>
    values.filter((value): value is T => (allowed as readonly string[]).includes(value));
const any = (values: string[]) => values.filter((value) => /^[A-Z0-9_]{1,40}$/.test(value));

/** Reads a search from the address; unknown or malformed values are dropped, never sent. */
export function readSearch(params: URLSearchParams): SearchState {
  const list = (key: FacetKey) => params.getAll(FACET_PARAMS[key]);
  const date = (key: string) => (DATE.test(params.get(key) ?? '') ? params.get(key)! : '');
  return {
    query: (params.get('q') ?? '').trim(),
    types: known(SEARCH_ITEM_TYPES)(list('types')),
    areaCodes: any(list('areaCodes')),
    kinds: known(CONTRIBUTION_KINDS)(list('kinds')),
    categories: known(STAKEHOLDER_CATEGORIES)(list('categories')),
    statuses: any(list('statuses')),
    from: date('dal'),
    to: date('al'),
  };
}

export function writeSearch(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.query) params.set('q', state.query);
  for (const key of Object.keys(FACET_PARAMS) as FacetKey[])
    for (const value of state[key]) params.append(FACET_PARAMS[key], value);
  if (state.from) params.set('dal', state.from);
  if (state.to) params.set('al', state.to);
  return params;
}

/** The state with one facet value ticked or unticked. */
export function toggled(state: SearchState, key: FacetKey, value: string): SearchState {
  const values = state[key] as string[];
  const next = values.includes(value) ? values.filter((v) => v !== value) : [...values, value];
  return { ...state, [key]: next };
}

/** The API's variables: empty lists and dates are left out, so they do not filter. */
export function searchVariables(state: SearchState) {
  const list = <T>(values: T[]) => (values.length ? values : undefined);
  return {
    query: state.query,
    types: list(state.types),
    areaCodes: list(state.areaCodes),
    kinds: list(state.kinds),
    categories: list(state.categories),
    statuses: list(state.statuses),
    from: state.from || undefined,
    to: state.to || undefined,
  };
}
