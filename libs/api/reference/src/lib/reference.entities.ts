import { GuidelineEntity } from './entities/guideline.entity';
import { InterventionAreaEntity } from './entities/intervention-area.entity';
import { PartyEntity } from './entities/party.entity';
import { ProcessPhaseEntity } from './entities/process-phase.entity';

export const REFERENCE_ENTITIES = [PartyEntity, InterventionAreaEntity, GuidelineEntity, ProcessPhaseEntity];
