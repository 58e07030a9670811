import type { EntityManager } from 'typeorm';
import {
  publicNameOf,
  type AnchorKind,
  type ContributionKind,
  type ContributionStatus,
  type PublicNameMode,
  type StakeholderCategory,
} from '@piano2030/shared-domain';
import type { Actor, CreatedCursor } from '@piano2030/api-core';
import type { ContributionEntity } from './entities/contribution.entity';

/** A contribution as the hot path reads it: one row with its speaker's names and the viewer's support. */
export interface ContributionRow extends ContributionEntity {
  /** created_at to the microsecond, for cursors. */
  cursorAt: string;
  authorName: string;
  organisationName: string | null;
  viewerSupports: boolean;
}

/** Who may read what: the public sees published and (as placeholders) hidden contributions. */
export interface RowViewer {
  userId: string | null;
  moderator: boolean;
  /** The committee answers hidden contributions too, so it reads their text. */
  readsHiddenText?: boolean;
}

interface RawRow {
  id: string;
  consultation_id: string;
  parent_id: string | null;
  thread_id: string;
  depth: number;
  author_id: string;
  organisation_id: string | null;
  category: StakeholderCategory;
  kind: ContributionKind;
  body: string;
  anchor_kind: AnchorKind | null;
  anchor_ref: string | null;
  status: ContributionStatus;
  moderation_reason: string | null;
  idempotency_key: string;
  reply_count: number;
  support_count: number;
  report_count: number;
  edit_count: number;
  created_at: Date;
  edited_at: Date | null;
  cursor_at: string;
  display_name: string;
  public_name_mode: PublicNameMode;
  organisation_name: string | null;
  viewer_supports: boolean;
  total?: string;
}

/**
 * The select list of every contribution read: the speaker's names by join rather than by loader,
 * so a page of any size is one statement (R2). $1 is the viewer's id (or null).
 */
const SELECT = `
  SELECT c.*, to_char(c.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS cursor_at,
    u.display_name, u.public_name_mode, o.name AS organisation_name,
    ($1::uuid IS NOT NULL AND EXISTS (
      SELECT 1 FROM contribution_supports s WHERE s.contribution_id = c.id AND s.user_id = $1::uuid
    )) AS viewer_supports`;
const FROM = `
  FROM contributions c
  JOIN users u ON u.id = c.author_id
  LEFT JOIN organisations o ON o.id = c.organisation_id`;

/** The visibility rule as SQL, for a viewer id in $1 and the moderator flag in $2. */
export const VISIBLE = `(c.status IN ('PUBLISHED', 'HIDDEN') OR c.author_id = $1::uuid OR $2::boolean)`;

function toRow(raw: RawRow): ContributionRow {
  return {
    id: raw.id,
    consultationId: raw.consultation_id,
    parentId: raw.parent_id,
    threadId: raw.thread_id,
    depth: raw.depth,
    authorId: raw.author_id,
    organisationId: raw.organisation_id,
    category: raw.category,
    kind: raw.kind,
    body: raw.body,
    anchorKind: raw.anchor_kind,
    anchorRef: raw.anchor_ref,
    status: raw.status,
    moderationReason: raw.moderation_reason,
    idempotencyKey: raw.idempotency_key,
    replyCount: raw.reply_count,
    supportCount: raw.support_count,
    reportCount: raw.report_count,
    editCount: raw.edit_count,
    createdAt: raw.created_at,
    editedAt: raw.edited_at,
    cursorAt: raw.cursor_at,
    authorName: publicNameOf(raw.display_name, raw.public_name_mode),
    organisationName: raw.organisation_name,
    viewerSupports: raw.viewer_supports,
  };
}

/** Contributions by id, in no particular order, whatever their visibility (callers filter). */
export async function contributionRowsByIds(
  manager: EntityManager,
  ids: readonly string[],
  viewer: RowViewer,
): Promise<ContributionRow[]> {
  if (!ids.length) return [];
  const raw: RawRow[] = await manager.query(`${SELECT} ${FROM} WHERE c.id = ANY($2::uuid[])`, [
    viewer.userId,
    [...ids],
  ]);
  return raw.map(toRow);
}

export interface LevelQuery {
  consultationId: string;
  /** Null for the root contributions of the consultation. */
  parentId: string | null;
  after: CreatedCursor | null;
  limit: number;
}

/**
 * One page of a level of a thread (the roots, or the replies of one contribution), oldest first,
 * with the level's visible total and the consultation's last event number, all from the one
 * statement's snapshot: a client that starts listening after that number misses nothing and
 * counts nothing twice.
 */
export async function contributionLevelPage(
  manager: EntityManager,
  query: LevelQuery,
  viewer: RowViewer,
): Promise<{ rows: ContributionRow[]; total: number; lastEventSeq: number }> {
  const params: unknown[] = [viewer.userId, viewer.moderator, query.consultationId];
  const bind = (value: unknown) => `$${params.push(value)}`;
  const level = query.parentId ? `c.parent_id = ${bind(query.parentId)}::uuid` : 'c.parent_id IS NULL';
  const where = `c.consultation_id = $3 AND ${level} AND ${VISIBLE}`;
  const cursor = query.after
    ? `AND (c.created_at, c.id) > (${bind(query.after.createdAt)}::timestamptz, ${bind(query.after.id)}::uuid)`
    : '';
  // The consultation row is joined to the page so that an empty page still carries the number.
  const raw: (RawRow & { last_seq: number })[] = await manager.query(
    `WITH page AS (
       ${SELECT}, (SELECT count(*) FROM contributions c WHERE ${where}) AS total
       ${FROM}
       WHERE ${where} ${cursor}
       ORDER BY c.created_at, c.id
       LIMIT ${Math.trunc(query.limit) + 1})
     SELECT page.*, k.last_event_seq AS last_seq
       FROM consultations k LEFT JOIN page ON true
      WHERE k.id = $3
      ORDER BY page.created_at, page.id`,
    params,
  );
  const lastEventSeq = raw[0]?.last_seq ?? 0;
  const found = raw.filter((row) => row.id !== null);
  if (found.length || !query.after)
    return { rows: found.map(toRow), total: Number(found[0]?.total ?? 0), lastEventSeq };
  // Past the last page: no row carries the total, so count once (only ever on an empty page).
  const [{ total }] = (await manager.query(
    `SELECT count(*) AS total FROM contributions c WHERE ${where}`,
    params.slice(0, query.parentId ? 4 : 3),
  )) as { total: string }[];
  return { rows: [], total: Number(total), lastEventSeq };
}

/** Whose eyes a contribution is read with: its author and moderators see more than the public. */
export const viewerOf = (actor: Actor | null): RowViewer => ({
  userId: actor?.userId ?? null,
  moderator: actor?.roles.includes('MODERATOR') ?? false,
});
