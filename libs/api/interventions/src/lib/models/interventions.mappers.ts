import type { InterventionEntity } from '../entities/intervention.entity';
import type { PriorityEntity } from '../entities/priority.entity';
import type { InterventionModel } from './intervention.model';
import type { PriorityModel } from './priority.model';

export const toPriorityModel = (p: PriorityEntity): PriorityModel => ({
  id: p.id,
  areaCode: p.areaCode,
  position: p.position,
  title: p.title,
  description: p.description,
  guidelineCodes: p.guidelineCodes,
  revision: p.revision,
});

export const toInterventionModel = (i: InterventionEntity): InterventionModel => ({
  id: i.id,
  reference: `${i.areaCode}.${i.number}`,
  areaCode: i.areaCode,
  priorityId: i.priorityId,
  status: i.status,
  version: i.version,
  title: i.title,
  description: i.description,
  objectives: i.objectives,
  expectedResults: i.expectedResults,
  guidelineCodes: i.guidelineCodes,
  kpis: i.kpis.map((k) => ({ ...k, indicatorCode: k.indicatorCode ?? null })),
  startsOn: i.startsOn,
  endsOn: i.endsOn,
  milestones: i.milestones,
  leadActor: i.leadActor,
  partners: i.partners,
  projectCodes: i.projectCodes,
  updatedAt: i.updatedAt,
});
