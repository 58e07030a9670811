import type { DataSource } from 'typeorm';
import { manyBy, type RequestContext } from '@piano2030/api-core';
import { ChamberProjectEntity } from './entities/chamber-project.entity';
import { IndicatorAreaEntity } from './entities/indicator-area.entity';
import { IndicatorObservationEntity } from './entities/indicator-observation.entity';

export function createContextLoaders(dataSource: DataSource) {
  const repo = dataSource.getRepository.bind(dataSource);
  return {
    observationsBySeries: manyBy(repo(IndicatorObservationEntity), 'seriesId', { position: 'ASC' }),
    areasBySeries: manyBy(repo(IndicatorAreaEntity), 'seriesId', { areaCode: 'ASC' }),
    projectsByObjective: manyBy(repo(ChamberProjectEntity), 'objectiveCode', { code: 'ASC' }),
  };
}

export const CONTEXT_LOADERS = 'context';

export function contextLoaders(context: RequestContext): ReturnType<typeof createContextLoaders> {
  return context.loaders[CONTEXT_LOADERS] as ReturnType<typeof createContextLoaders>;
}
