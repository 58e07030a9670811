import type { SearchQuery } from '@piano2030/web-core';
import { useTranslation } from 'react-i18next';
import type { FacetKey, SearchState } from './search-params';
import { useFacetLabels } from './use-facet-labels';

type Facets = SearchQuery['search']['facets'];

/** Which facet of the API's answer feeds which filter. */
const FACET_SOURCES: [FacetKey, keyof Omit<Facets, '__typename' | 'months'>][] = [
  ['types', 'types'],
  ['areaCodes', 'areas'],
  ['kinds', 'kinds'],
  ['categories', 'categories'],
  ['statuses', 'statuses'],
];

interface FacetFiltersProps {
  facets: Facets;
  state: SearchState;
  onToggle: (key: FacetKey, value: string) => void;
}

/**
 * Checkbox groups with the number of matches beside each value. A ticked value stays listed even
 * when the other filters leave it no match, so it can always be unticked.
 */
export function FacetFilters({ facets, state, onToggle }: FacetFiltersProps) {
  const { t } = useTranslation();
  const labels = useFacetLabels();
  return (
    <>
      {FACET_SOURCES.map(([key, source]) => {
        const counts = new Map(facets[source].map((facet) => [facet.value, facet.count]));
        const values = [...counts.keys(), ...(state[key] as string[]).filter((value) => !counts.has(value))];
        if (!values.length) return null;
        return (
          <fieldset key={key} className="mb-4">
            <legend className="h6">{t(`search.facets.${key}`)}</legend>
            {values.map((value) => {
              const id = `facet-${key}-${value}`;
              return (
                <div key={value} className="form-check">
                  <input
                    id={id}
                    type="checkbox"
                    className="form-check-input"
                    checked={(state[key] as string[]).includes(value)}
                    onChange={() => onToggle(key, value)}
                  />
                  <label htmlFor={id} className="form-check-label">
                    {labels[key](value)} <span className="text-secondary">({counts.get(value) ?? 0})</span>
                  </label>
                </div>
              );
            })}
          </fieldset>
        );
      })}
    </>
  );
}
