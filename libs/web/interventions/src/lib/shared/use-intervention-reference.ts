import { useQuery } from '@apollo/client/react';
import { useGraphQLLocale, type InterventionReferenceQuery } from '@piano2030/web-core';
import { useMemo } from 'react';
import { InterventionReferenceQueryDocument } from './interventions.documents';

export type Area = InterventionReferenceQuery['interventionAreas'][number];
export type Guideline = InterventionReferenceQuery['guidelines'][number];

export interface InterventionReference {
  /** In the protocol's order. */
  areas: Area[];
  guidelines: Guideline[];
  areaName: (code: string) => string;
  guidelineTitle: (code: string) => string;
  loaded: boolean;
}

const byPosition = <T extends { position: number }>(items: readonly T[]) =>
  [...items].sort((a, b) => a.position - b.position);

/** Areas and guidelines in the interface language; until they arrive a code stands for itself. */
export function useInterventionReference(): InterventionReference {
  const locale = useGraphQLLocale();
  const { data, previousData } = useQuery(InterventionReferenceQueryDocument, { variables: { locale } });
  const shown = data ?? previousData;
  return useMemo(() => {
    const areas = byPosition(shown?.interventionAreas ?? []);
    const guidelines = byPosition(shown?.guidelines ?? []);
    return {
      areas,
      guidelines,
      areaName: (code) => areas.find((area) => area.code === code)?.name ?? code,
      guidelineTitle: (code) => guidelines.find((guideline) => guideline.code === code)?.title ?? code,
      loaded: shown !== undefined,
    };
  }, [shown]);
}
