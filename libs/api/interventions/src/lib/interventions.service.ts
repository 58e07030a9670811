import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { ConflictError, InvalidInputError, NotFoundError, type Actor } from '@piano2030/api-core';
import { AuditService } from '@piano2030/api-audit';
import { StrategyAccess } from '@piano2030/api-context';
import {
  diffInterventions,
  interventionTransitionRefusal,
  isPublished,
  totalResources,
  type InterventionContent,
  type ScopedSubject,
} from '@piano2030/shared-domain';
import type {
  CreateInterventionInput,
  SetInterventionStatusInput,
  UpdateInterventionInput,
} from './dto/intervention.inputs';
import { InterventionResourceEntity } from './entities/intervention-resource.entity';
import { InterventionVersionEntity } from './entities/intervention-version.entity';
import { InterventionEntity } from './entities/intervention.entity';
import { applyChanges, snapshotOf } from './intervention-content';
import { InterventionEvents } from './intervention-events';
import { InterventionReferences } from './intervention-references';

export const subjectOf = (areaCode: string): ScopedSubject => ({
  areaCode,
  phaseCode: 'PRIORITIES_AND_INTERVENTIONS',
});

interface Saved {
  intervention: InterventionEntity;
  resources: InterventionResourceEntity[];
}

/**
 * The register of interventions. Drafted by committee members and by experts within their scope;
 * every save is a version (who, when, why: the reason is required once public) and stale versions
 * are refused with the current state. The audit row commits with the change; the room hears after.
 */
@Injectable()
export class InterventionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: StrategyAccess,
    private readonly references: InterventionReferences,
    private readonly events: InterventionEvents,
    private readonly audit: AuditService,
  ) {}

  async create(actor: Actor, input: CreateInterventionInput): Promise<InterventionEntity> {
    const saved = await this.dataSource.transaction(async (manager) => {
      const content = applyChanges(null, input);
      const scope = await this.references.priority(manager, input.priorityId);
      await this.access.require(manager, actor.userId, 'DRAFT_INTERVENTION', subjectOf(scope.areaCode));
      const priority = await this.references.check(manager, content);
      // Numbers are per area: the area row is the lock that keeps two creations from taking the same one.
      await manager.query('SELECT 1 FROM intervention_areas WHERE code = $1 FOR UPDATE', [priority.areaCode]);
      const [{ next }] = await manager.query(
        'SELECT coalesce(max(number), 0) + 1 AS next FROM interventions WHERE area_code = $1',
        [priority.areaCode],
      );
      const intervention = await manager.save(
        manager.create(InterventionEntity, {
          ...this.columns(content),
          areaCode: priority.areaCode,
          number: Number(next),
          status: 'DRAFT',
          version: 1,
          createdBy: actor.userId,
        }),
      );
      const resources = await this.replaceResources(manager, intervention.id, content);
      await this.recordVersion(manager, actor, { intervention, resources }, null);
      await this.audit.record(manager, {
        actorId: actor.userId,
        action: 'intervention.created',
        subjectType: 'intervention',
        subjectId: intervention.id,
        data: {
          after: {
            reference: `${intervention.areaCode}.${intervention.number}`,
            title: intervention.title,
            total: totalResources(content.resources),
          },
        },
      });
      return intervention;
    });
    this.events.saved(saved, actor);
    return saved;
  }

  async update(actor: Actor, input: UpdateInterventionInput): Promise<InterventionEntity> {
    const saved = await this.dataSource.transaction(async (manager) => {
      const { intervention, resources } = await this.lock(manager, input.id);
      await this.access.require(
        manager,
        actor.userId,
        'EDIT_INTERVENTION',
        subjectOf(intervention.areaCode),
        {
          intervention: intervention.status,
        },
      );
      requireVersion({ intervention, resources }, input.expectedVersion);
      const before = snapshotOf(intervention, resources);
      const content = applyChanges(before, input);
      const priority = await this.references.check(manager, content);
      if (priority.areaCode !== intervention.areaCode) {
        throw InvalidInputError.field(
          'priorityId',
          `the priority must be one of area ${intervention.areaCode}`,
        );
      }
      const changes = diffInterventions(before, { ...content, status: intervention.status });
      if (!changes.length)
        throw InvalidInputError.field('id', 'the change leaves the intervention as it was');
      if (isPublished(intervention.status) && !input.reason) {
        throw InvalidInputError.field('reason', 'say why a public intervention changes');
      }
      Object.assign(intervention, this.columns(content), { version: intervention.version + 1 });
      const next = {
        intervention: await manager.save(intervention),
        resources: await this.replaceResources(manager, intervention.id, content),
      };
      await this.recordVersion(manager, actor, next, input.reason ?? null);
      await this.audit.record(manager, {
        actorId: actor.userId,
        action: 'intervention.updated',
        subjectType: 'intervention',
        subjectId: intervention.id,
        data: {
          before: { version: input.expectedVersion, total: totalResources(before.resources) },
          after: {
            version: intervention.version,
            fields: changes.map((c) => c.field),
            total: totalResources(content.resources),
            reason: input.reason ?? null,
          },
        },
      });
      return next.intervention;
    });
    this.events.saved(saved, actor);
    return saved;
  }

  /** Publishing (DRAFT → IN_CONSULTATION), revising, discarding and restoring: the committee's call. */
  async setStatus(actor: Actor, input: SetInterventionStatusInput): Promise<InterventionEntity> {
    const saved = await this.dataSource.transaction(async (manager) => {
      const current = await this.lock(manager, input.id);
      const { intervention } = current;
      await this.access.require(
        manager,
        actor.userId,
        'CHANGE_INTERVENTION_STATUS',
        subjectOf(intervention.areaCode),
        { intervention: intervention.status },
      );
      requireVersion(current, input.expectedVersion);
      const refusal = interventionTransitionRefusal(intervention.status, input.status);
      if (refusal) throw new ConflictError(`Cannot change the status: ${refusal}.`);
      const publishing = intervention.status === 'DRAFT' && input.status === 'IN_CONSULTATION';
      if (!publishing && !input.reason)
        throw InvalidInputError.field('reason', `say why it becomes ${input.status}`);
      const from = intervention.status;
      intervention.status = input.status;
      intervention.version += 1;
      const next = { intervention: await manager.save(intervention), resources: current.resources };
      await this.recordVersion(manager, actor, next, input.reason ?? null);
      await this.audit.record(manager, {
        actorId: actor.userId,
        action: 'intervention.status-changed',
        subjectType: 'intervention',
        subjectId: intervention.id,
        data: {
          before: { status: from },
          after: { status: input.status, version: intervention.version, reason: input.reason ?? null },
        },
      });
      return next.intervention;
    });
    this.events.saved(saved, actor);
    return saved;
  }

  private columns(content: InterventionContent) {
    return {
      priorityId: content.priorityId,
      title: content.title,
      description: content.description,
      objectives: content.objectives,
      expectedResults: content.expectedResults,
      guidelineCodes: [...content.guidelineCodes],
      kpis: [...content.kpis],
      startsOn: content.startsOn,
      endsOn: content.endsOn,
      milestones: [...content.milestones],
      leadActor: content.leadActor,
      partners: [...content.partners],
      projectCodes: [...content.projectCodes],
    };
  }

  private async lock(manager: EntityManager, id: string): Promise<Saved> {
    const intervention = await manager.findOne(InterventionEntity, {
      where: { id },
      lock: { mode: 'pessimistic_write' },
    });
    if (!intervention) throw new NotFoundError('Intervention', id);
    const resources = await manager.find(InterventionResourceEntity, {
      where: { interventionId: id },
      order: { year: 'ASC', source: 'ASC' },
    });
    return { intervention, resources };
  }

  private async replaceResources(
    manager: EntityManager,
    interventionId: string,
    content: InterventionContent,
  ): Promise<InterventionResourceEntity[]> {
    await manager.delete(InterventionResourceEntity, { interventionId });
    const rows = content.resources.map((r) =>
      manager.create(InterventionResourceEntity, { interventionId, ...r }),
    );
    return rows.length ? manager.save(rows) : [];
  }

  private async recordVersion(manager: EntityManager, actor: Actor, saved: Saved, reason: string | null) {
    await manager.insert(InterventionVersionEntity, {
      interventionId: saved.intervention.id,
      version: saved.intervention.version,
      snapshot: snapshotOf(saved.intervention, saved.resources),
      authorId: actor.userId,
      reason,
    });
  }
}

/** Checked after the role, so an intervention's state tells nothing to who may not change it. */
function requireVersion({ intervention, resources }: Saved, expected: number): void {
  if (intervention.version === expected) return;
  throw new ConflictError(
    `The intervention was changed by someone else (it is at version ${intervention.version}, your change was made against ${expected}). Reload it and apply your change again.`,
    {
      current: { id: intervention.id, version: intervention.version, ...snapshotOf(intervention, resources) },
    },
  );
}
