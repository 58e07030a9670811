import { useQuery } from '@apollo/client/react';
import { useGraphQLLocale } from '@piano2030/web-core';
import { useTranslation } from 'react-i18next';
import type { FacetKey } from './search-params';
import { SearchAreasQueryDocument } from './search.documents';

/**
 * A status facet mixes three vocabularies: a contribution's published answer (or none yet), an
 * intervention's status, a SWOT item's. Each is named where its own pages name it.
 */
export function useStatusLabel() {
  const { t } = useTranslation();
  return (status: string) =>
    t([`search.statuses.${status}`, `interventions.status.${status}`, `context.swot.status.${status}`], {
      defaultValue: status,
    });
}

/** The words people read for each facet's values: types, area names, kinds, categories, statuses. */
export function useFacetLabels(): Record<FacetKey, (value: string) => string> {
  const { t } = useTranslation();
  const locale = useGraphQLLocale();
  const { data } = useQuery(SearchAreasQueryDocument, { variables: { locale } });
  const status = useStatusLabel();
  return {
    types: (value) => t(`search.types.${value}`, { defaultValue: value }),
    areaCodes: (value) => {
      const name = data?.interventionAreas.find((area) => area.code === value)?.name;
      return name ? `${value} · ${name}` : value;
    },
    kinds: (value) => t(`search.kinds.${value}`, { defaultValue: value }),
    categories: (value) => t(`participants.categories.${value}`, { defaultValue: value }),
    statuses: status,
  };
}
