import { useQuery } from '@apollo/client/react';
import { useGraphQLLocale } from '@piano2030/web-core';
import { useMemo } from 'react';
import { GovernanceReferenceQueryDocument } from './reference.query';

export interface ReferenceNames {
  areas: { code: string; name: string }[];
  phases: { code: string; name: string }[];
  area: (code: string) => string;
  phase: (code: string) => string;
  party: (code: string) => string;
  partyShort: (code: string) => string;
}

const byPosition = <T extends { position: number }>(items: readonly T[]) =>
  [...items].sort((a, b) => a.position - b.position);

/**
 * Names for the codes that governance records carry, in the interface language. Until they arrive
 * (or if they cannot), the code itself is shown: never a blank.
 */
export function useReferenceNames(): ReferenceNames {
  const locale = useGraphQLLocale();
  const { data, previousData } = useQuery(GovernanceReferenceQueryDocument, { variables: { locale } });
  const shown = data ?? previousData;
  return useMemo(() => {
    const areas = byPosition(shown?.interventionAreas ?? []);
    const phases = byPosition(shown?.processPhases ?? []);
    const parties = shown?.parties ?? [];
    return {
      areas,
      phases,
      area: (code) => areas.find((area) => area.code === code)?.name ?? code,
      phase: (code) => phases.find((phase) => phase.code === code)?.name ?? code,
      party: (code) => parties.find((party) => party.code === code)?.name ?? code,
      partyShort: (code) => parties.find((party) => party.code === code)?.shortName ?? code,
    };
  }, [shown]);
}
