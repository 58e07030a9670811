import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import {
  ForbiddenError,
  NotFoundError,
  clampPageSize,
  decodeCursor,
  encodeCursor,
  isUuid,
  type Actor,
} from '@piano2030/api-core';
import {
  CONTRIBUTION_LIMITS,
  decideConsultationAction,
  type ContributionStatus,
  type ModerationLogDecision,
  type ReportReason,
} from '@piano2030/shared-domain';
import { ConsultationAccess } from './consultation-access';
import { contributionRowsByIds, type ContributionRow } from './contribution-rows';
import { viewerOf } from './contribution-rows';

export interface QueueItem {
  row: ContributionRow;
  openReports: { reason: ReportReason; note: string; reportedAt: Date }[];
}

export interface QueuePage {
  items: QueueItem[];
  endCursor: string | null;
  hasNextPage: boolean;
  totalCount: number;
}

export interface LogEntry {
  id: string;
  contributionId: string;
  decision: ModerationLogDecision;
  fromStatus: ContributionStatus;
  toStatus: ContributionStatus;
  reason: string;
  createdAt: Date;
  moderatorName: string | null;
}

/**
 * Cursors carry milliseconds while PostgreSQL keeps microseconds: order and compare on the
 * truncated time, so a row is never on two pages nor skipped.
 */
const MS = (column: string) => `date_trunc('milliseconds', ${column})`;

/** What moderators (and, for the log, the committee) read: the queue and the moderation log. */
/** What waits for a moderator: pre-moderated, hidden, or reported but still public. */
const IN_QUEUE = `(c.status IN ('PENDING', 'HIDDEN') OR (c.status = 'PUBLISHED' AND EXISTS (
  SELECT 1 FROM contribution_reports r WHERE r.contribution_id = c.id AND r.open)))`;

@Injectable()
export class ModerationQueries {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: ConsultationAccess,
  ) {}

  /**
   * Pending and hidden contributions, and published ones with open reports below the hiding
   * threshold, oldest first, with their open reports; null: every consultation.
   */
  async queue(
    actor: Actor,
    consultationId: string | null,
    first: number | null,
    after: string | null,
  ): Promise<QueuePage> {
    const manager = this.dataSource.manager;
    await this.access.require(manager, actor, 'MODERATE_CONTRIBUTIONS');
    if (consultationId) await this.requireConsultation(manager, consultationId);
    const limit = clampPageSize(first, CONTRIBUTION_LIMITS.pageSizeDefault);
    const params: unknown[] = [consultationId];
    const where = `($1::uuid IS NULL OR c.consultation_id = $1::uuid) AND ${IN_QUEUE}`;
    let cursor = '';
    if (after) {
      const { createdAt, id } = decodeCursor(after);
      params.push(createdAt, id);
      cursor = `AND (${MS('c.created_at')}, c.id) > ($2::timestamptz, $3::uuid)`;
    }
    const page = (await manager.query(
      `SELECT c.id, (SELECT count(*) FROM contributions c WHERE ${where}) AS total
       FROM contributions c WHERE ${where} ${cursor}
       ORDER BY ${MS('c.created_at')}, c.id LIMIT ${limit + 1}`,
      params,
    )) as { id: string; total: string }[];
    const ids = page.slice(0, limit).map((row) => row.id);
    const rows = new Map(
      (await contributionRowsByIds(manager, ids, viewerOf(actor))).map((row) => [row.id, row]),
    );
    const reports = (await manager.query(
      `SELECT contribution_id, reason, note, created_at FROM contribution_reports
       WHERE contribution_id = ANY($1::uuid[]) AND open ORDER BY created_at`,
      [ids],
    )) as { contribution_id: string; reason: ReportReason; note: string; created_at: Date }[];
    const items = ids.flatMap((id) => {
      const row = rows.get(id);
      if (!row) return [];
      const openReports = reports
        .filter((report) => report.contribution_id === id)
        .map((report) => ({ reason: report.reason, note: report.note, reportedAt: report.created_at }));
      return [{ row, openReports }];
    });
    const last = items.at(-1)?.row;
    return {
      items,
      endCursor: last ? encodeCursor({ createdAt: last.createdAt.toISOString(), id: last.id }) : null,
      hasNextPage: page.length > limit,
      totalCount: Number(page[0]?.total ?? (after ? await this.queueSize(manager, consultationId) : 0)),
    };
  }

  /** Every change of visibility in a consultation, newest first: for moderators and the committee. */
  async log(
    actor: Actor,
    consultationId: string,
    first: number | null,
    after: string | null,
  ): Promise<{ entries: LogEntry[]; endCursor: string | null; hasNextPage: boolean }> {
    const manager = this.dataSource.manager;
    const standing = await this.access.standing(manager, actor);
    if (!standing.moderator && !decideConsultationAction(standing, 'MANAGE_CONSULTATION').allowed) {
      throw new ForbiddenError('Only moderators and the Comitato operativo can read the moderation log.');
    }
    await this.requireConsultation(manager, consultationId);
    const limit = clampPageSize(first, CONTRIBUTION_LIMITS.pageSizeDefault);
    const params: unknown[] = [consultationId];
    let cursor = '';
    if (after) {
      const { createdAt, id } = decodeCursor(after);
      params.push(createdAt, id);
      cursor = `AND (${MS('m.created_at')}, m.id) < ($2::timestamptz, $3::uuid)`;
    }
    const raw = (await manager.query(
      `SELECT m.id, m.contribution_id, m.decision, m.from_status, m.to_status, m.reason, m.created_at,
              u.display_name AS moderator_name
       FROM moderation_actions m LEFT JOIN users u ON u.id = m.moderator_id
       WHERE m.consultation_id = $1 ${cursor}
       ORDER BY ${MS('m.created_at')} DESC, m.id DESC LIMIT ${limit + 1}`,
      params,
    )) as {
      id: string;
      contribution_id: string;
      decision: ModerationLogDecision;
      from_status: ContributionStatus;
      to_status: ContributionStatus;
      reason: string;
      created_at: Date;
      moderator_name: string | null;
    }[];
    const entries = raw.slice(0, limit).map((row) => ({
      id: row.id,
      contributionId: row.contribution_id,
      decision: row.decision,
      fromStatus: row.from_status,
      toStatus: row.to_status,
      reason: row.reason,
      createdAt: row.created_at,
      moderatorName: row.moderator_name,
    }));
    const last = entries.at(-1);
    return {
      entries,
      endCursor: last ? encodeCursor({ createdAt: last.createdAt.toISOString(), id: last.id }) : null,
      hasNextPage: raw.length > limit,
    };
  }

  private async requireConsultation(manager: EntityManager, id: string): Promise<void> {
    const found = isUuid(id)
      ? ((await manager.query('SELECT 1 FROM consultations WHERE id = $1', [id])) as unknown[])
      : [];
    if (!found.length) throw new NotFoundError('Consultation', id);
  }

  private async queueSize(manager: EntityManager, consultationId: string | null): Promise<number> {
    const [{ total }] = (await manager.query(
      `SELECT count(*) AS total FROM contributions c
       WHERE ($1::uuid IS NULL OR c.consultation_id = $1::uuid) AND ${IN_QUEUE}`,
      [consultationId],
    )) as { total: string }[];
    return Number(total);
  }
}
