import { phaseTiming, todayInItaly } from '@piano2030/shared-domain';
import type { GuidelineEntity } from '../entities/guideline.entity';
import type { InterventionAreaEntity } from '../entities/intervention-area.entity';
import type { PartyEntity } from '../entities/party.entity';
import type { ProcessPhaseEntity } from '../entities/process-phase.entity';
import type {
  GuidelineModel,
  InterventionAreaModel,
  PartyModel,
  ProcessPhaseModel,
} from './reference.models';

export const toPartyModel = (e: PartyEntity): PartyModel => ({
  code: e.code,
  website: e.website,
  texts: { name: e.name, shortName: e.shortName },
});

export const toAreaModel = (e: InterventionAreaEntity): InterventionAreaModel => ({
  code: e.code,
  position: e.position,
  texts: { name: e.name, description: e.description },
});

export const toGuidelineModel = (e: GuidelineEntity): GuidelineModel => ({
  code: e.code,
  position: e.position,
  texts: { title: e.title, description: e.description },
});

export const toPhaseModel = (e: ProcessPhaseEntity, today = todayInItaly()): ProcessPhaseModel => ({
  code: e.code,
  position: e.position,
  startsOn: e.startsOn,
  endsOn: e.endsOn,
  timing: phaseTiming(e.startsOn, e.endsOn, today),
  texts: { name: e.name, description: e.description },
});
