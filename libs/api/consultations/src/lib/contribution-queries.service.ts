import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import {
  NotFoundError,
  clampPageSize,
  decodeCursor,
  encodeCursor,
  isUuid,
  type Actor,
} from '@piano2030/api-core';
import { CONTRIBUTION_LIMITS, GRAPHQL_LIMITS } from '@piano2030/shared-domain';
import { ConsultationAccess } from './consultation-access';
import {
  contributionLevelPage,
  contributionRowsByIds,
  viewerOf,
  type ContributionRow,
  type RowViewer,
} from './contribution-rows';
import { ConsultationEventEntity } from './entities/consultation-event.entity';
import { ConsultationEntity } from './entities/consultation.entity';
import { ContributionRevisionEntity } from './entities/contribution-revision.entity';

export interface RowPage {
  rows: ContributionRow[];
  endCursor: string | null;
  hasNextPage: boolean;
  totalCount: number;
  /** For pages of a consultation's threads: its last event number when the page was read. */
  lastEventSeq?: number;
}

export interface EventsSince {
  events: (ConsultationEventEntity & { contribution: ContributionRow | null })[];
  lastSeq: number;
  hasMore: boolean;
}

/**
 * Reading contributions: pages of a thread level, the catch-up of a room, one's own. Pages are one
 * statement whatever their size; replies load on demand, level by level.
 */
@Injectable()
export class ContributionQueries {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: ConsultationAccess,
  ) {}

  async page(
    actor: Actor | null,
    consultationId: string,
    parentId: string | null,
    first: number | null,
    after: string | null,
  ): Promise<RowPage> {
    await this.requireReadable(actor, consultationId);
    const limit = clampPageSize(first, CONTRIBUTION_LIMITS.pageSizeDefault);
    const { rows, total, lastEventSeq } = await contributionLevelPage(
      this.dataSource.manager,
      { consultationId, parentId, after: after ? decodeCursor(after) : null, limit },
      viewerOf(actor),
    );
    const page = rows.slice(0, limit);
    const last = page.at(-1);
    return {
      rows: page,
      endCursor: last ? encodeCursor({ createdAt: last.cursorAt, id: last.id }) : null,
      hasNextPage: rows.length > limit,
      totalCount: total,
      lastEventSeq,
    };
  }

  async one(actor: Actor | null, id: string): Promise<ContributionRow> {
    const viewer = viewerOf(actor);
    const [row] = isUuid(id) ? await contributionRowsByIds(this.dataSource.manager, [id], viewer) : [];
    if (!row || !this.canSee(row, viewer)) throw new NotFoundError('Contribution', id);
    await this.requireReadable(actor, row.consultationId);
    return row;
  }

  /**
   * What a client missed: the room's events after `after`, each with the contribution as it is
   * now (so a text hidden since is not handed out again). At most a page; `hasMore` says to ask again.
   */
  async eventsSince(
    actor: Actor | null,
    consultationId: string,
    after: number,
    threadId: string | null,
    first: number | null,
  ): Promise<EventsSince> {
    const consultation = await this.requireReadable(actor, consultationId);
    const limit = clampPageSize(first, GRAPHQL_LIMITS.maxPageSize);
    const query = this.dataSource
      .getRepository(ConsultationEventEntity)
      .createQueryBuilder('e')
      .where('e.consultation_id = :consultationId AND e.seq > :after', { consultationId, after })
      .orderBy('e.seq', 'ASC')
      .take(limit + 1);
    if (threadId) query.andWhere('e.thread_id = :threadId', { threadId });
    const events = await query.getMany();
    const page = events.slice(0, limit);
    const viewer = viewerOf(actor);
    const ids = [...new Set(page.map((event) => event.contributionId).filter((id): id is string => !!id))];
    const rows = new Map(
      (await contributionRowsByIds(this.dataSource.manager, ids, viewer))
        .filter((row) => this.canSee(row, viewer))
        .map((row) => [row.id, row]),
    );
    return {
      events: page.map((event) => ({
        ...event,
        contribution: event.contributionId ? (rows.get(event.contributionId) ?? null) : null,
      })),
      lastSeq: consultation.lastEventSeq,
      hasMore: events.length > limit,
    };
  }

  /** The caller's own contributions, newest first, in every status, with the reason when moderated. */
  async mine(actor: Actor, first: number | null, after: string | null): Promise<RowPage> {
    const limit = clampPageSize(first, CONTRIBUTION_LIMITS.pageSizeDefault);
    const cursor = after ? decodeCursor(after) : null;
    const ids: { id: string; created_at: Date }[] = await this.dataSource.query(
      `SELECT id, created_at FROM contributions
       WHERE author_id = $1 ${cursor ? 'AND (created_at, id) < ($3::timestamptz, $4::uuid)' : ''}
       ORDER BY created_at DESC, id DESC LIMIT $2`,
      [actor.userId, limit + 1, ...(cursor ? [cursor.createdAt, cursor.id] : [])],
    );
    const [{ total }] = await this.dataSource.query(
      'SELECT count(*) AS total FROM contributions WHERE author_id = $1',
      [actor.userId],
    );
    const pageIds = ids.slice(0, limit).map((row) => row.id);
    const byId = new Map(
      (await contributionRowsByIds(this.dataSource.manager, pageIds, viewerOf(actor))).map((row) => [
        row.id,
        row,
      ]),
    );
    const rows = pageIds.map((id) => byId.get(id)!).filter(Boolean);
    const last = rows.at(-1);
    return {
      rows,
      endCursor: last ? encodeCursor({ createdAt: last.cursorAt, id: last.id }) : null,
      hasNextPage: ids.length > limit,
      totalCount: Number(total),
    };
  }

  /** Earlier texts of a contribution: public for a published one, as its edits are. */
  async revisions(actor: Actor | null, id: string): Promise<ContributionRevisionEntity[]> {
    const row = await this.one(actor, id);
    const viewer = viewerOf(actor);
    if (row.status !== 'PUBLISHED' && !viewer.moderator && row.authorId !== viewer.userId) return [];
    return this.dataSource
      .getRepository(ContributionRevisionEntity)
      .find({ where: { contributionId: row.id }, order: { createdAt: 'ASC' } });
  }

  private canSee(row: ContributionRow, viewer: RowViewer): boolean {
    return (
      row.status === 'PUBLISHED' ||
      row.status === 'HIDDEN' ||
      viewer.moderator ||
      row.authorId === viewer.userId
    );
  }

  /** A draft consultation is the committee's work: NOT_FOUND for anyone else. */
  private async requireReadable(actor: Actor | null, consultationId: string): Promise<ConsultationEntity> {
    const consultation = isUuid(consultationId)
      ? await this.dataSource.getRepository(ConsultationEntity).findOneBy({ id: consultationId })
      : null;
    if (
      !consultation ||
      (consultation.status === 'DRAFT' &&
        !(await this.access.runsConsultations(this.dataSource.manager, actor)))
    ) {
      throw new NotFoundError('Consultation', consultationId);
    }
    return consultation;
  }
}
