import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { ConflictError, NotFoundError, type Actor } from '@piano2030/api-core';
import { AuditService } from '@piano2030/api-audit';
import { StrategyAccess } from '@piano2030/api-context';
import { requireReferenceCodes } from '@piano2030/api-reference';
import type { CreatePriorityInput, UpdatePriorityInput } from './dto/priority.inputs';
import { PriorityEntity } from './entities/priority.entity';
import { subjectOf } from './interventions.service';

/** The strategic priorities of each area, set by the committee. */
@Injectable()
export class PrioritiesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: StrategyAccess,
    private readonly audit: AuditService,
  ) {}

  async list(areaCode: string): Promise<PriorityEntity[]> {
    await requireReferenceCodes(this.dataSource.manager, 'area', [{ field: 'areaCode', code: areaCode }]);
    return this.dataSource
      .getRepository(PriorityEntity)
      .find({ where: { areaCode }, order: { position: 'ASC', createdAt: 'ASC' } });
  }

  create(actor: Actor, input: CreatePriorityInput): Promise<PriorityEntity> {
    return this.dataSource.transaction(async (manager) => {
      await requireReferenceCodes(manager, 'area', [{ field: 'areaCode', code: input.areaCode }]);
      await this.access.require(manager, actor.userId, 'MANAGE_PRIORITIES', subjectOf(input.areaCode));
      await this.requireGuidelines(manager, input.guidelineCodes);
      const [{ next }] = await manager.query(
        'SELECT coalesce(max(position), 0) + 1 AS next FROM strategic_priorities WHERE area_code = $1',
        [input.areaCode],
      );
      const priority = await manager.save(
        manager.create(PriorityEntity, {
          areaCode: input.areaCode,
          position: Number(next),
          title: input.title,
          description: input.description,
          guidelineCodes: [...new Set(input.guidelineCodes)],
          createdBy: actor.userId,
        }),
      );
      await this.audit.record(manager, {
        actorId: actor.userId,
        action: 'priority.created',
        subjectType: 'priority',
        subjectId: priority.id,
        data: {
          after: {
            areaCode: priority.areaCode,
            title: priority.title,
            guidelineCodes: priority.guidelineCodes,
          },
        },
      });
      return priority;
    });
  }

  update(actor: Actor, input: UpdatePriorityInput): Promise<PriorityEntity> {
    return this.dataSource.transaction(async (manager) => {
      const priority = await manager.findOne(PriorityEntity, {
        where: { id: input.id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!priority) throw new NotFoundError('Priority', input.id);
      await this.access.require(manager, actor.userId, 'MANAGE_PRIORITIES', subjectOf(priority.areaCode));
      if (priority.revision !== input.expectedRevision) {
        throw new ConflictError(
          `The priority was changed by someone else (it is at revision ${priority.revision}, your change was made against ${input.expectedRevision}). Reload it and apply your change again.`,
          { current: { ...priority } },
        );
      }
      if (input.guidelineCodes) await this.requireGuidelines(manager, input.guidelineCodes);
      const before = {
        title: priority.title,
        position: priority.position,
        guidelineCodes: priority.guidelineCodes,
      };
      Object.assign(priority, {
        title: input.title ?? priority.title,
        description: input.description ?? priority.description,
        guidelineCodes: input.guidelineCodes ? [...new Set(input.guidelineCodes)] : priority.guidelineCodes,
        position: input.position ?? priority.position,
        revision: priority.revision + 1,
      });
      const saved = await manager.save(priority);
      await this.audit.record(manager, {
        actorId: actor.userId,
        action: 'priority.updated',
        subjectType: 'priority',
        subjectId: priority.id,
        data: {
          before,
          after: { title: saved.title, position: saved.position, guidelineCodes: saved.guidelineCodes },
        },
      });
      return saved;
    });
  }

  private requireGuidelines(manager: EntityManager, codes: readonly string[]): Promise<void> {
    return requireReferenceCodes(
      manager,
      'guideline',
      codes.map((code, i) => ({ field: `guidelineCodes.${i}`, code })),
    );
  }
}
