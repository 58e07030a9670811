import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import {
  ConflictError,
  ForbiddenError,
  InvalidInputError,
  NotFoundError,
  type Actor,
} from '@piano2030/api-core';
import { AuditService } from '@piano2030/api-audit';
import { requireReferenceCodes } from '@piano2030/api-reference';
import { decideStrategyAction, type ScopedSubject, type SwotItemSnapshot } from '@piano2030/shared-domain';
import type {
  AddSwotItemInput,
  PublishSwotInput,
  UpdateSwotItemInput,
  WithdrawSwotItemInput,
} from './dto/swot.inputs';
import { SwotItemVersionEntity } from './entities/swot-item-version.entity';
import { SwotItemEntity } from './entities/swot-item.entity';
import { SwotPublicationEntity } from './entities/swot-publication.entity';
import { IndicatorsService } from './indicators.service';
import { StrategyAccess } from './strategy-access';
import { checkedEvidence } from './swot-evidence';
import { snapshotOf, unpublishedChanges } from './swot-snapshots';

const subjectOf = (areaCode: string): ScopedSubject => ({ areaCode, phaseCode: 'CONTEXT_ANALYSIS' });

/**
 * The SWOT analysis of each area: committee members and experts within their scope draft items,
 * the committee publishes them; every change is a version, with a reason once the item is public.
 */
@Injectable()
export class SwotService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: StrategyAccess,
    private readonly indicators: IndicatorsService,
    private readonly audit: AuditService,
  ) {}

  add(actor: Actor, input: AddSwotItemInput): Promise<SwotItemEntity> {
    return this.dataSource.transaction(async (manager) => {
      await requireReferenceCodes(manager, 'area', [{ field: 'areaCode', code: input.areaCode }]);
      await this.access.require(manager, actor.userId, 'DRAFT_SWOT', subjectOf(input.areaCode));
      const item = await manager.save(
        manager.create(SwotItemEntity, {
          areaCode: input.areaCode,
          quadrant: input.quadrant,
          text: input.text,
          weight: input.weight,
          evidence: await checkedEvidence(manager, this.indicators, input.evidence),
          status: 'DRAFT',
          version: 1,
          createdBy: actor.userId,
          publishedAt: null,
        }),
      );
      await this.recordVersion(manager, item, actor, null);
      await this.audit.record(manager, {
        actorId: actor.userId,
        action: 'swot.item-added',
        subjectType: 'swot-item',
        subjectId: item.id,
        data: { after: { areaCode: item.areaCode, ...snapshotOf(item) } },
      });
      return item;
    });
  }

  /** Experts change drafts; a published item changes only by the committee, and says why. */
  update(actor: Actor, input: UpdateSwotItemInput): Promise<SwotItemEntity> {
    return this.dataSource.transaction(async (manager) => {
      const item = await this.lockItem(manager, input.id);
      const standing = await this.access.require(
        manager,
        actor.userId,
        'DRAFT_SWOT',
        subjectOf(item.areaCode),
      );
      requireVersion(item, input.expectedVersion);
      if (item.status === 'WITHDRAWN') throw new ConflictError('A withdrawn item cannot be changed.');
      if (item.status === 'PUBLISHED') {
        if (!decideStrategyAction(standing, 'PUBLISH_SWOT', {}).allowed)
          throw new ForbiddenError('Only members of the Comitato operativo can change a published item.');
        if (!input.reason) throw InvalidInputError.field('reason', 'say why a published item changes');
      }
      const before = snapshotOf(item);
      const evidence =
        input.evidence === undefined
          ? item.evidence
          : await checkedEvidence(manager, this.indicators, input.evidence);
      const changed = manager.merge(SwotItemEntity, item, {
        quadrant: input.quadrant ?? item.quadrant,
        text: input.text ?? item.text,
        weight: input.weight ?? item.weight,
        evidence,
      });
      if (JSON.stringify(snapshotOf(changed)) === JSON.stringify(before))
        throw InvalidInputError.field('id', 'the change leaves the item as it was');
      return this.saveVersion(manager, actor, changed, input.reason ?? null, 'swot.item-updated', before);
    });
  }

  /** Takes an item out of the analysis (drafts included), for the record rather than deleted. */
  withdraw(actor: Actor, input: WithdrawSwotItemInput): Promise<SwotItemEntity> {
    return this.dataSource.transaction(async (manager) => {
      const item = await this.lockItem(manager, input.id);
      await this.access.require(manager, actor.userId, 'PUBLISH_SWOT', subjectOf(item.areaCode));
      requireVersion(item, input.expectedVersion);
      if (item.status === 'WITHDRAWN') throw new ConflictError('The item is already withdrawn.');
      if (!input.reason) throw InvalidInputError.field('reason', 'say why the item is withdrawn');
      const before = snapshotOf(item);
      item.status = 'WITHDRAWN';
      return this.saveVersion(manager, actor, item, input.reason, 'swot.item-withdrawn', before);
    });
  }

  /** Makes the drafts of an area public as a new edition; refused when there is nothing new. */
  publish(actor: Actor, input: PublishSwotInput): Promise<SwotPublicationEntity> {
    return this.dataSource.transaction(async (manager) => {
      await requireReferenceCodes(manager, 'area', [{ field: 'areaCode', code: input.areaCode }]);
      await this.access.require(manager, actor.userId, 'PUBLISH_SWOT', subjectOf(input.areaCode));
      const items = await manager.find(SwotItemEntity, {
        where: { areaCode: input.areaCode },
        order: { createdAt: 'ASC' },
        lock: { mode: 'pessimistic_write' },
      });
      const last = await manager.findOne(SwotPublicationEntity, {
        where: { areaCode: input.areaCode },
        order: { edition: 'DESC' },
      });
      if (!unpublishedChanges(items, last)) {
        throw new ConflictError(
          'Nothing to publish: no draft item, and nothing withdrawn since the last edition.',
        );
      }
      const now = new Date();
      for (const item of items.filter((i) => i.status === 'DRAFT')) {
        item.status = 'PUBLISHED';
        item.publishedAt = now;
        item.version += 1;
        await manager.save(item);
        await this.recordVersion(manager, item, actor, input.note ?? null);
      }
      const publication = await manager.save(
        manager.create(SwotPublicationEntity, {
          areaCode: input.areaCode,
          edition: (last?.edition ?? 0) + 1,
          publishedBy: actor.userId,
          items: items
            .filter((i) => i.status === 'PUBLISHED')
            .map((i) => ({ itemId: i.id, version: i.version })),
          note: input.note ?? null,
        }),
      );
      await this.audit.record(manager, {
        actorId: actor.userId,
        action: 'swot.published',
        subjectType: 'swot',
        subjectId: null,
        data: {
          after: { areaCode: input.areaCode, edition: publication.edition, items: publication.items.length },
        },
      });
      return publication;
    });
  }

  private async lockItem(manager: EntityManager, id: string): Promise<SwotItemEntity> {
    const item = await manager.findOne(SwotItemEntity, {
      where: { id },
      lock: { mode: 'pessimistic_write' },
    });
    if (!item) throw new NotFoundError('SWOT item', id);
    return item;
  }

  private async saveVersion(
    manager: EntityManager,
    actor: Actor,
    item: SwotItemEntity,
    reason: string | null,
    action: string,
    before: SwotItemSnapshot,
  ): Promise<SwotItemEntity> {
    item.version += 1;
    const saved = await manager.save(item);
    await this.recordVersion(manager, saved, actor, reason);
    await this.audit.record(manager, {
      actorId: actor.userId,
      action,
      subjectType: 'swot-item',
      subjectId: item.id,
      data: { before: { ...before }, after: { ...snapshotOf(saved), version: saved.version, reason } },
    });
    return saved;
  }

  private async recordVersion(
    manager: EntityManager,
    item: SwotItemEntity,
    actor: Actor,
    reason: string | null,
  ): Promise<void> {
    await manager.insert(SwotItemVersionEntity, {
      itemId: item.id,
      version: item.version,
      snapshot: snapshotOf(item),
      authorId: actor.userId,
      reason,
    });
  }
}

/** Checked after the role, so the state of an item tells nothing to who may not change it. */
function requireVersion(item: SwotItemEntity, expected: number): void {
  if (item.version === expected) return;
  throw new ConflictError(
    `The item was changed by someone else (it is at version ${item.version}, your change was made against ${expected}). Reload it and apply your change again.`,
    { current: { id: item.id, version: item.version, ...snapshotOf(item) } },
  );
}
