import type { InterventionContent, InterventionSnapshot } from '@piano2030/shared-domain';
import type { InterventionFields } from './dto/intervention.inputs';
import type { InterventionResourceEntity } from './entities/intervention-resource.entity';
import type { InterventionEntity } from './entities/intervention.entity';

const EMPTY: InterventionContent = {
  priorityId: '',
  title: '',
  description: '',
  objectives: '',
  expectedResults: '',
  guidelineCodes: [],
  kpis: [],
  resources: [],
  startsOn: '',
  endsOn: '',
  milestones: [],
  leadActor: '',
  partners: [],
  projectCodes: [],
};

export function snapshotOf(
  intervention: InterventionEntity,
  resources: readonly InterventionResourceEntity[],
): InterventionSnapshot {
  return {
    status: intervention.status,
    priorityId: intervention.priorityId,
    title: intervention.title,
    description: intervention.description,
    objectives: intervention.objectives,
    expectedResults: intervention.expectedResults,
    guidelineCodes: intervention.guidelineCodes,
    kpis: intervention.kpis,
    resources: resources.map(({ year, source, amount }) => ({ year, source, amount })),
    startsOn: intervention.startsOn,
    endsOn: intervention.endsOn,
    milestones: intervention.milestones,
    leadActor: intervention.leadActor,
    partners: intervention.partners,
    projectCodes: intervention.projectCodes,
  };
}

/** The content after a change: the fields given replace the current ones, the others stay. */
export function applyChanges(
  current: InterventionContent | null,
  changes: InterventionFields,
): InterventionContent {
  const base = current ?? EMPTY;
  const given = Object.fromEntries(
    Object.entries(changes).filter(([key, value]) => key in EMPTY && value !== undefined && value !== null),
  ) as Partial<InterventionContent>;
  return {
    ...base,
    ...given,
    kpis: (given.kpis ?? base.kpis).map((k) => ({ ...k, indicatorCode: k.indicatorCode ?? null })),
    resources: (given.resources ?? base.resources).map(({ year, source, amount }) => ({
      year,
      source,
      amount,
    })),
    milestones: (given.milestones ?? base.milestones).map(({ title, dueOn }) => ({ title, dueOn })),
  };
}
