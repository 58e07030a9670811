import { InterventionResourceEntity } from './entities/intervention-resource.entity';
import { InterventionVersionEntity } from './entities/intervention-version.entity';
import { InterventionEntity } from './entities/intervention.entity';
import { PriorityEntity } from './entities/priority.entity';

export const INTERVENTIONS_ENTITIES = [
  PriorityEntity,
  InterventionEntity,
  InterventionResourceEntity,
  InterventionVersionEntity,
];
