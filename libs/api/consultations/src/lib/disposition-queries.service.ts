import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import {
  InvalidInputError,
  NotFoundError,
  clampPageSize,
  decodeCursor,
  encodeCursor,
  isUuid,
  type Actor,
} from '@piano2030/api-core';
import { CONTRIBUTION_LIMITS } from '@piano2030/shared-domain';
import { contributionRowsByIds, type ContributionRow } from './contribution-rows';
import type { DispositionStatus } from './models/moderation.enums';
import { DispositionsService } from './dispositions.service';
import { viewerOf } from './contribution-rows';

export interface ShapingPage {
  rows: ContributionRow[];
  endCursor: string | null;
  hasNextPage: boolean;
  totalCount: number;
}

/** Cursors carry milliseconds, PostgreSQL microseconds: order and compare on the truncated time. */
const CREATED = `date_trunc('milliseconds', c.created_at)`;

/** Reading answers: the committee's lists, and the contributions that shaped an intervention or SWOT item. */
@Injectable()
export class DispositionQueries {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly dispositions: DispositionsService,
  ) {}

  /** The contributions of a consultation whose answer is prepared (or published), oldest first. */
  async list(actor: Actor, consultationId: string, status: DispositionStatus): Promise<ContributionRow[]> {
    const manager = this.dataSource.manager;
    await this.dispositions.requireCommittee(manager, actor);
    const exists = isUuid(consultationId)
      ? ((await manager.query('SELECT 1 FROM consultations WHERE id = $1', [consultationId])) as unknown[])
      : [];
    if (!exists.length) throw new NotFoundError('Consultation', consultationId);
    const ids = (
      (await manager.query(
        `SELECT contribution_id FROM dispositions WHERE consultation_id = $1 AND (published_at IS NOT NULL) = $2`,
        [consultationId, status === 'PUBLISHED'],
      )) as { contribution_id: string }[]
    ).map((row) => row.contribution_id);
    const rows = await contributionRowsByIds(manager, ids, viewerOf(actor));
    return rows.sort(
      (a, b) => a.createdAt.getTime() - b.createdAt.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    );
  }

  /**
   * Published contributions whose published answer links to the intervention (or SWOT item), oldest
   * first: three statements for a page of any size, answers included (through their loader).
   */
  async shaping(
    actor: Actor | null,
    target: { interventionId: string | null; swotItemId: string | null },
    first: number | null,
    after: string | null,
  ): Promise<ShapingPage> {
    const { interventionId, swotItemId } = target;
    if (!interventionId === !swotItemId) {
      throw InvalidInputError.field('interventionId', 'give either interventionId or swotItemId');
    }
    const id = (interventionId ?? swotItemId) as string;
    if (!isUuid(id)) return { rows: [], endCursor: null, hasNextPage: false, totalCount: 0 };
    const limit = clampPageSize(first, CONTRIBUTION_LIMITS.pageSizeDefault);
    const where = `d.${interventionId ? 'intervention_id' : 'swot_item_id'} = $1
      AND d.published_at IS NOT NULL AND c.status = 'PUBLISHED'`;
    const from = 'FROM dispositions d JOIN contributions c ON c.id = d.contribution_id';
    const params: unknown[] = [id];
    let cursor = '';
    if (after) {
      const position = decodeCursor(after);
      params.push(position.createdAt, position.id);
      cursor = `AND (${CREATED}, c.id) > ($2::timestamptz, $3::uuid)`;
    }
    const page = (await this.dataSource.query(
      `SELECT c.id, (SELECT count(*) ${from} WHERE ${where}) AS total
       ${from} WHERE ${where} ${cursor} ORDER BY ${CREATED}, c.id LIMIT ${limit + 1}`,
      params,
    )) as { id: string; total: string }[];
    const ids = page.slice(0, limit).map((row) => row.id);
    const found = new Map(
      (await contributionRowsByIds(this.dataSource.manager, ids, viewerOf(actor))).map((row) => [
        row.id,
        row,
      ]),
    );
    const rows = ids.flatMap((rowId) => found.get(rowId) ?? []);
    const last = rows.at(-1);
    let totalCount = Number(page[0]?.total ?? 0);
    if (!page.length && after) {
      const [{ total }] = (await this.dataSource.query(`SELECT count(*) AS total ${from} WHERE ${where}`, [
        id,
      ])) as { total: string }[];
      totalCount = Number(total);
    }
    return {
      rows,
      endCursor: last ? encodeCursor({ createdAt: last.createdAt.toISOString(), id: last.id }) : null,
      hasNextPage: page.length > limit,
      totalCount,
    };
  }
}
