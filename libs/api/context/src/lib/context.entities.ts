import { ChamberObjectiveEntity } from './entities/chamber-objective.entity';
import { ChamberProjectEntity } from './entities/chamber-project.entity';
import { IndicatorAreaEntity } from './entities/indicator-area.entity';
import { IndicatorObservationEntity } from './entities/indicator-observation.entity';
import { IndicatorSeriesEntity } from './entities/indicator-series.entity';
import { SwotItemVersionEntity } from './entities/swot-item-version.entity';
import { SwotItemEntity } from './entities/swot-item.entity';
import { SwotPublicationEntity } from './entities/swot-publication.entity';

export const CONTEXT_ENTITIES = [
  IndicatorSeriesEntity,
  IndicatorObservationEntity,
  IndicatorAreaEntity,
  ChamberObjectiveEntity,
  ChamberProjectEntity,
  SwotItemEntity,
  SwotItemVersionEntity,
  SwotPublicationEntity,
];
