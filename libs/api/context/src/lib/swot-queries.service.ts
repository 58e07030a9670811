import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, IsNull, Not } from 'typeorm';
import { InvalidInputError, NotFoundError, type Actor } from '@piano2030/api-core';
import { AccountsService } from '@piano2030/api-iam';
import { requireReferenceCodes } from '@piano2030/api-reference';
import { SwotItemVersionEntity } from './entities/swot-item-version.entity';
import { SwotItemEntity } from './entities/swot-item.entity';
import { SwotPublicationEntity } from './entities/swot-publication.entity';
import { toSwotItemModel } from './models/context.mappers';
import type { SwotAnalysisModel, SwotItemDiffModel, SwotItemVersionModel } from './models/swot.model';
import { StrategyAccess } from './strategy-access';
import { diffSwotSnapshots } from './swot-diff';
import { unpublishedChanges } from './swot-snapshots';

/** Reading the SWOT: everyone sees what the committee published; the bodies and experts see drafts too. */
@Injectable()
export class SwotQueries {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: StrategyAccess,
    private readonly accounts: AccountsService,
  ) {}

  async analysis(actor: Actor | null, areaCode: string): Promise<SwotAnalysisModel> {
    const manager = this.dataSource.manager;
    await requireReferenceCodes(manager, 'area', [{ field: 'areaCode', code: areaCode }]);
    const insider = await this.access.seesDrafts(manager, actor);
    const items = await manager.find(SwotItemEntity, {
      where: { areaCode, ...(insider ? {} : { status: 'PUBLISHED' }) },
      order: { weight: 'DESC', createdAt: 'ASC' },
    });
    const editions = await manager.find(SwotPublicationEntity, {
      where: { areaCode },
      order: { edition: 'DESC' },
    });
    const names = await this.accounts.displayNames(manager, [...new Set(editions.map((e) => e.publishedBy))]);
    return {
      areaCode,
      items: items.map(toSwotItemModel),
      editions: editions.map((e) => ({
        edition: e.edition,
        publishedAt: e.publishedAt,
        publishedByName: names.get(e.publishedBy) ?? '',
        itemCount: e.items.length,
        note: e.note,
      })),
      hasUnpublishedChanges: insider && unpublishedChanges(items, editions[0] ?? null),
    };
  }

  async versions(actor: Actor | null, itemId: string): Promise<SwotItemVersionModel[]> {
    await this.visibleItem(actor, itemId);
    const manager = this.dataSource.manager;
    const rows = await manager.find(SwotItemVersionEntity, { where: { itemId }, order: { version: 'DESC' } });
    const names = await this.accounts.displayNames(manager, [...new Set(rows.map((r) => r.authorId))]);
    return rows.map((row) => ({
      version: row.version,
      ...row.snapshot,
      evidence: [...row.snapshot.evidence],
      authorName: names.get(row.authorId) ?? '',
      reason: row.reason,
      createdAt: row.createdAt,
    }));
  }

  async diff(
    actor: Actor | null,
    itemId: string,
    fromVersion: number,
    toVersion: number,
  ): Promise<SwotItemDiffModel> {
    await this.visibleItem(actor, itemId);
    const rows = await this.dataSource.manager.find(SwotItemVersionEntity, {
      where: { itemId, version: In([fromVersion, toVersion]) },
    });
    const from = rows.find((r) => r.version === fromVersion);
    const to = rows.find((r) => r.version === toVersion);
    if (!from) throw InvalidInputError.field('fromVersion', `the item has no version ${fromVersion}`);
    if (!to) throw InvalidInputError.field('toVersion', `the item has no version ${toVersion}`);
    return { itemId, fromVersion, toVersion, changes: diffSwotSnapshots(from.snapshot, to.snapshot) };
  }

  /** Items never published do not exist for outsiders. */
  private async visibleItem(actor: Actor | null, itemId: string): Promise<void> {
    const manager = this.dataSource.manager;
    const insider = await this.access.seesDrafts(manager, actor);
    const visible = await manager.existsBy(SwotItemEntity, {
      id: itemId,
      ...(insider ? {} : { publishedAt: Not(IsNull()) }),
    });
    if (!visible) throw new NotFoundError('SWOT item', itemId);
  }
}
