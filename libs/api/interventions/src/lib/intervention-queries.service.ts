import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, Not, type FindOptionsWhere } from 'typeorm';
import { InvalidInputError, NotFoundError, type Actor } from '@piano2030/api-core';
import { StrategyAccess } from '@piano2030/api-context';
import { AccountsService } from '@piano2030/api-iam';
import {
  diffInterventions,
  summariseResources,
  totalResources,
  type InterventionStatus,
  type ResourceGrouping,
  type ResourceLine,
  type ResourceSummary,
} from '@piano2030/shared-domain';
import type { InterventionFilter } from './dto/intervention.inputs';
import { InterventionVersionEntity } from './entities/intervention-version.entity';
import { InterventionEntity } from './entities/intervention.entity';
import type { InterventionDiffModel } from './models/diff-and-summary.model';
import type { InterventionVersionModel } from './models/intervention.model';

/** Reading the register: drafts only for the bodies, engaged experts and administrators. */
@Injectable()
export class InterventionQueries {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: StrategyAccess,
    private readonly accounts: AccountsService,
  ) {}

  async list(actor: Actor | null, filter: InterventionFilter = {}): Promise<InterventionEntity[]> {
    const insider = await this.access.seesDrafts(this.dataSource.manager, actor);
    if (filter.status === 'DRAFT' && !insider) return [];
    const where: FindOptionsWhere<InterventionEntity> = {
      ...(filter.areaCode ? { areaCode: filter.areaCode } : {}),
      ...(filter.priorityId ? { priorityId: filter.priorityId } : {}),
      // An undefined key is an error for TypeORM, not "any": leave it out for insiders' full list.
      ...(filter.status
        ? { status: filter.status }
        : insider
          ? {}
          : { status: Not<InterventionStatus>('DRAFT') }),
    };
    const rows = await this.dataSource
      .getRepository(InterventionEntity)
      .find({ where, order: { areaCode: 'ASC', number: 'ASC' } });
    return filter.guidelineCode ? rows.filter((r) => r.guidelineCodes.includes(filter.guidelineCode!)) : rows;
  }

  async get(actor: Actor | null, id: string): Promise<InterventionEntity> {
    const intervention = await this.dataSource.getRepository(InterventionEntity).findOneBy({ id });
    const visible =
      intervention &&
      (intervention.status !== 'DRAFT' || (await this.access.seesDrafts(this.dataSource.manager, actor)));
    if (!visible) throw new NotFoundError('Intervention', id);
    return intervention;
  }

  async versions(actor: Actor | null, id: string): Promise<InterventionVersionModel[]> {
    await this.get(actor, id);
    const manager = this.dataSource.manager;
    const rows = await manager.find(InterventionVersionEntity, {
      where: { interventionId: id },
      order: { version: 'DESC' },
    });
    const names = await this.accounts.displayNames(manager, [...new Set(rows.map((r) => r.authorId))]);
    return rows.map((row) => ({
      version: row.version,
      status: row.snapshot.status,
      title: row.snapshot.title,
      totalResources: totalResources(row.snapshot.resources),
      authorName: names.get(row.authorId) ?? '',
      reason: row.reason,
      createdAt: row.createdAt,
    }));
  }

  async diff(
    actor: Actor | null,
    id: string,
    fromVersion: number,
    toVersion: number,
  ): Promise<InterventionDiffModel> {
    await this.get(actor, id);
    const rows = await this.dataSource.manager.find(InterventionVersionEntity, {
      where: { interventionId: id, version: In([fromVersion, toVersion]) },
    });
    const from = rows.find((r) => r.version === fromVersion);
    const to = rows.find((r) => r.version === toVersion);
    if (!from) throw InvalidInputError.field('fromVersion', `the intervention has no version ${fromVersion}`);
    if (!to) throw InvalidInputError.field('toVersion', `the intervention has no version ${toVersion}`);
    return {
      interventionId: id,
      fromVersion,
      toVersion,
      changes: diffInterventions(from.snapshot, to.snapshot),
    };
  }

  /**
   * Totals by area, source, year or guideline, summed from the resource rows. Discarded
   * interventions never count; drafts only when an insider asks for them.
   */
  async resourceSummary(
    actor: Actor | null,
    groupBy: ResourceGrouping,
    options: { areaCode?: string | null; includeDrafts?: boolean } = {},
  ): Promise<ResourceSummary> {
    const drafts =
      options.includeDrafts === true && (await this.access.seesDrafts(this.dataSource.manager, actor));
    const excluded = drafts ? ['DISCARDED'] : ['DISCARDED', 'DRAFT'];
    const rows: {
      id: string;
      area_code: string;
      guideline_codes: string[];
      year: number;
      source: string;
      amount: string;
    }[] = await this.dataSource.query(
      `SELECT i.id, i.area_code, i.guideline_codes, r.year, r.source, r.amount
           FROM interventions i JOIN intervention_resources r ON r.intervention_id = i.id
          WHERE i.status <> ALL($1) AND ($2::text IS NULL OR i.area_code = $2)`,
      [excluded, options.areaCode ?? null],
    );
    const lines: ResourceLine[] = rows.map((row) => ({
      interventionId: row.id,
      areaCode: row.area_code,
      guidelineCodes: row.guideline_codes,
      year: row.year,
      source: row.source as ResourceLine['source'],
      amount: Number(row.amount),
    }));
    return summariseResources(lines, groupBy);
  }
}
