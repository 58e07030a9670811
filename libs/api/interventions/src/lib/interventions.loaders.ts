import type { DataSource } from 'typeorm';
import { manyBy, oneBy, type RequestContext } from '@piano2030/api-core';
import { InterventionResourceEntity } from './entities/intervention-resource.entity';
import { PriorityEntity } from './entities/priority.entity';

export function createInterventionLoaders(dataSource: DataSource) {
  const repo = dataSource.getRepository.bind(dataSource);
  return {
    resourcesByIntervention: manyBy(repo(InterventionResourceEntity), 'interventionId', {
      year: 'ASC',
      source: 'ASC',
    }),
    priorityById: oneBy(repo(PriorityEntity), 'id'),
  };
}

export const INTERVENTION_LOADERS = 'interventions';

export function interventionLoaders(context: RequestContext): ReturnType<typeof createInterventionLoaders> {
  return context.loaders[INTERVENTION_LOADERS] as ReturnType<typeof createInterventionLoaders>;
}
