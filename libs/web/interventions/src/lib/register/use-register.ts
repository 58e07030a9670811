import { useQuery } from '@apollo/client/react';
import type { InterventionStatus } from '@piano2030/web-core';
import { InterventionRegisterQueryDocument } from './register.documents';

export interface RegisterQuery {
  areaCode?: string;
  priorityId?: string;
  status?: InterventionStatus;
  guidelineCode?: string;
}

/** The register's rows for a filter. A visit always asks again, showing the last answer meanwhile. */
export function useRegister(filter: RegisterQuery, { skip = false } = {}) {
  const query = useQuery(InterventionRegisterQueryDocument, {
    variables: { filter },
    skip,
    fetchPolicy: 'cache-and-network',
  });
  return {
    rows: query.data?.interventions,
    error: query.error,
    loading: query.loading,
    refetch: () => query.refetch(),
  };
}
