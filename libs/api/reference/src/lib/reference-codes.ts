import { In, type EntityManager } from 'typeorm';
import { InvalidInputError } from '@piano2030/api-core';
import { InterventionAreaEntity } from './entities/intervention-area.entity';
import { ProcessPhaseEntity } from './entities/process-phase.entity';

/** Refuses codes that are not intervention areas or process phases, naming the offending field. */
export async function requireReferenceCodes(
  manager: EntityManager,
  kind: 'area' | 'phase',
  codes: { field: string; code: string }[],
): Promise<void> {
  if (!codes.length) return;
  const entity = kind === 'area' ? InterventionAreaEntity : ProcessPhaseEntity;
  const found = await manager.find(entity, {
    where: { code: In(codes.map((c) => c.code)) },
    select: { code: true },
  });
  const unknown = codes.filter((c) => !found.some((row) => row.code === c.code));
  if (unknown.length) {
    throw new InvalidInputError(
      Object.fromEntries(
        unknown.map((c) => [
          c.field,
          [`${c.code} is not an ${kind === 'area' ? 'intervention area' : 'process phase'}`],
        ]),
      ),
    );
  }
}
