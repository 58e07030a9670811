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
import type { AnswerState, DispositionStatus } from './models/moderation.enums';
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

const ANSWER_CONDITIONS: Record<AnswerState, string> = {
  UNANSWERED: 'd.contribution_id IS NULL',
  PREPARED: 'd.contribution_id IS NOT NULL AND d.published_at IS NULL',
  PUBLISHED: 'd.published_at IS NOT NULL',
};

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
    await this.requireConsultation(consultationId);
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
   * Every contribution the committee answers (published or hidden, at any depth), oldest first, by
   * answer state and kind: two statements for a page of any size (ids with the total, then rows).
   */
  async toAnswer(
    actor: Actor,
    query: { consultationId: string; answer: AnswerState | null; kinds: readonly string[] | null },
    first: number | null,
    after: string | null,
  ): Promise<ShapingPage> {
    const manager = this.dataSource.manager;
    await this.dispositions.requireCommittee(manager, actor);
    await this.requireConsultation(query.consultationId);
    const limit = clampPageSize(first, CONTRIBUTION_LIMITS.pageSizeDefault);
    const params: unknown[] = [query.consultationId];
    const bind = (value: unknown) => `$${params.push(value)}`;
    const conditions = [`c.consultation_id = $1`, `c.status IN ('PUBLISHED', 'HIDDEN')`];
    if (query.answer) conditions.push(ANSWER_CONDITIONS[query.answer]);
    if (query.kinds?.length) conditions.push(`c.kind = ANY(${bind([...query.kinds])}::text[])`);
    const where = conditions.join(' AND ');
    const from = 'FROM contributions c LEFT JOIN dispositions d ON d.contribution_id = c.id';
    const filterParams = [...params];
    let cursor = '';
    if (after) {
      const position = decodeCursor(after);
      cursor = `AND (c.created_at, c.id) > (${bind(position.createdAt)}::timestamptz, ${bind(position.id)}::uuid)`;
    }
    const page = (await manager.query(
      `SELECT c.id, (SELECT count(*) ${from} WHERE ${where}) AS total
       ${from} WHERE ${where} ${cursor} ORDER BY c.created_at, c.id LIMIT ${limit + 1}`,
      params,
    )) as { id: string; total: string }[];
    const ids = page.slice(0, limit).map((row) => row.id);
    const found = new Map(
      (await contributionRowsByIds(manager, ids, viewerOf(actor))).map((row) => [row.id, row]),
    );
    const rows = ids.flatMap((id) => found.get(id) ?? []);
    let totalCount = Number(page[0]?.total ?? 0);
    if (!page.length && after) {
      const [{ total }] = (await manager.query(
        `SELECT count(*) AS total ${from} WHERE ${where}`,
        filterParams,
      )) as {
        total: string;
      }[];
      totalCount = Number(total);
    }
    const last = rows.at(-1);
    return {
      rows,
      endCursor: last ? encodeCursor({ createdAt: last.cursorAt, id: last.id }) : null,
      hasNextPage: page.length > limit,
      totalCount,
    };
  }

  private async requireConsultation(consultationId: string): Promise<void> {
    const exists = isUuid(consultationId)
      ? ((await this.dataSource.query('SELECT 1 FROM consultations WHERE id = $1', [
          consultationId,
        ])) as unknown[])
      : [];
    if (!exists.length) throw new NotFoundError('Consultation', consultationId);
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
