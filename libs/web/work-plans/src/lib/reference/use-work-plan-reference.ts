import { useQuery } from '@apollo/client/react';
import { useGraphQLLocale, type WorkPlanReferenceQuery } from '@piano2030/web-core';
import { useMemo } from 'react';
import { WorkPlanReferenceQueryDocument } from './work-plan-reference.query';

export type Phase = WorkPlanReferenceQuery['processPhases'][number];
export type Area = WorkPlanReferenceQuery['interventionAreas'][number];

export interface WorkPlanReference {
  /** In the protocol's order. */
  phases: Phase[];
  areas: Area[];
  phaseName: (code: string) => string;
  areaName: (code: string) => string;
  /** False until the first answer: the timelines wait for the phases' dates. */
  loaded: boolean;
}

const byPosition = <T extends { position: number }>(items: readonly T[]) =>
  [...items].sort((a, b) => a.position - b.position);

/**
 * Phases and areas in the interface language. Until they arrive (or if they cannot), a code is
 * shown as itself: never a blank.
 */
export function useWorkPlanReference(): WorkPlanReference {
  const locale = useGraphQLLocale();
  const { data, previousData } = useQuery(WorkPlanReferenceQueryDocument, { variables: { locale } });
  const shown = data ?? previousData;
  return useMemo(() => {
    const phases = byPosition(shown?.processPhases ?? []);
    const areas = byPosition(shown?.interventionAreas ?? []);
    return {
      phases,
      areas,
      phaseName: (code) => phases.find((phase) => phase.code === code)?.name ?? code,
      areaName: (code) => areas.find((area) => area.code === code)?.name ?? code,
      loaded: shown !== undefined,
    };
  }, [shown]);
}
