import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { InvalidInputError } from '@piano2030/api-core';
import { IndicatorsService, ProgrammesService } from '@piano2030/api-context';
import { requireReferenceCodes } from '@piano2030/api-reference';
import { interventionContentErrors, type InterventionContent } from '@piano2030/shared-domain';
import { PriorityEntity } from './entities/priority.entity';

/**
 * Checks content before anything is written: the rules of the shared domain (amounts, years,
 * dates, limits), then that every code points at something that exists.
 */
@Injectable()
export class InterventionReferences {
  constructor(
    private readonly indicators: IndicatorsService,
    private readonly programmes: ProgrammesService,
  ) {}

  /** The priority decides the area, and so whose scope covers the intervention. */
  async priority(manager: EntityManager, priorityId: string | undefined): Promise<PriorityEntity> {
    const priority = priorityId ? await manager.findOneBy(PriorityEntity, { id: priorityId }) : null;
    if (!priority) {
      throw InvalidInputError.field(
        'priorityId',
        priorityId ? `${priorityId} is not a strategic priority` : 'choose the priority it serves',
      );
    }
    return priority;
  }

  async check(manager: EntityManager, content: InterventionContent): Promise<PriorityEntity> {
    const errors = interventionContentErrors(content);
    if (Object.keys(errors).length) throw new InvalidInputError(errors);
    const priority = await this.priority(manager, content.priorityId);
    await requireReferenceCodes(
      manager,
      'guideline',
      content.guidelineCodes.map((code, i) => ({ field: `guidelineCodes.${i}`, code })),
    );
    await this.programmes.requireProjectCodes(manager, 'projectCodes', content.projectCodes);
    const linked = content.kpis.flatMap((k, i) => (k.indicatorCode ? [{ i, code: k.indicatorCode }] : []));
    const unknown = await this.indicators.unknownCodes(
      manager,
      linked.map((l) => l.code),
    );
    const kpiErrors = linked
      .filter((l) => unknown.includes(l.code))
      .map((l) => [`kpis.${l.i}.indicatorCode`, [`${l.code} is not an indicator series`]]);
    if (kpiErrors.length) throw new InvalidInputError(Object.fromEntries(kpiErrors));
    return priority;
  }
}
