import { In, type EntityManager } from 'typeorm';
import { InvalidInputError } from '@piano2030/api-core';
import { GuidelineEntity } from './entities/guideline.entity';
import { InterventionAreaEntity } from './entities/intervention-area.entity';
import { ProcessPhaseEntity } from './entities/process-phase.entity';

const KINDS = {
  area: { entity: InterventionAreaEntity, noun: 'an intervention area' },
  phase: { entity: ProcessPhaseEntity, noun: 'a process phase' },
  guideline: { entity: GuidelineEntity, noun: 'one of the six guidelines' },
} as const;

/** Refuses codes that are not intervention areas, process phases or guidelines, naming the offending field. */
export async function requireReferenceCodes(
  manager: EntityManager,
  kind: keyof typeof KINDS,
  codes: { field: string; code: string }[],
): Promise<void> {
  if (!codes.length) return;
  const { entity, noun } = KINDS[kind];
  const found = await manager.find(entity, {
    where: { code: In(codes.map((c) => c.code)) },
    select: { code: true },
  });
  const unknown = codes.filter((c) => !found.some((row) => row.code === c.code));
  if (unknown.length) {
    throw new InvalidInputError(
      Object.fromEntries(unknown.map((c) => [c.field, [`${c.code} is not ${noun}`]])),
    );
  }
}
