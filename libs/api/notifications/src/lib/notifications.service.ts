import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '@piano2030/api-audit';
import {
  InvalidInputError,
  NotFoundError,
  clampPageSize,
  decodeCursor,
  encodeCursor,
  type Actor,
} from '@piano2030/api-core';
import {
  DEFAULT_EMAIL_MODES,
  NOTIFICATION_LIMITS,
  type EmailMode,
  type NotificationKind,
} from '@piano2030/shared-domain';
import { NOTIFICATION_EVENTS } from '@piano2030/shared-realtime-contracts';
import type {
  MarkNotificationsReadArgs,
  NotificationsArgs,
  SetNotificationPreferencesInput,
} from './dto/notification.inputs';
import type { NotificationData } from './entities/notification.entity';
import { NotificationEvents } from './notification-events';

export interface NotificationRow {
  id: string;
  kind: NotificationKind;
  consultationId: string;
  contributionId: string;
  data: NotificationData;
  createdAt: Date;
  readAt: Date | null;
}

export interface NotificationPage {
  rows: NotificationRow[];
  endCursor: string | null;
  hasNextPage: boolean;
  unreadCount: number;
}

export type EmailPreferences = Record<'reply' | 'disposition' | 'mention' | 'moderation', EmailMode>;

const PREFERENCE_COLUMNS = {
  reply: 'reply_email',
  disposition: 'disposition_email',
  mention: 'mention_email',
  moderation: 'moderation_email',
} as const;

/** A person's own notifications and e-mail choices: nobody reads or changes another's. */
@Injectable()
export class NotificationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly events: NotificationEvents,
  ) {}

  async page(actor: Actor, args: NotificationsArgs): Promise<NotificationPage> {
    const limit = clampPageSize(args.first, NOTIFICATION_LIMITS.pageSizeDefault);
    const after = args.after ? decodeCursor(args.after) : null;
    const raw: (Record<string, unknown> & { cursor_at: string })[] = await this.dataSource.query(
      `SELECT id, kind, consultation_id, contribution_id, data, created_at, read_at,
              to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS cursor_at
         FROM notifications
        WHERE user_id = $1 AND ($2::boolean IS NOT TRUE OR read_at IS NULL)
          AND ($3::timestamptz IS NULL OR (created_at, id) < ($3::timestamptz, $4::uuid))
        ORDER BY created_at DESC, id DESC LIMIT $5`,
      [actor.userId, args.unreadOnly ?? false, after?.createdAt ?? null, after?.id ?? null, limit + 1],
    );
    const page = raw.slice(0, limit);
    const last = page.at(-1);
    return {
      rows: page.map((row) => ({
        id: row.id as string,
        kind: row.kind as NotificationKind,
        consultationId: row.consultation_id as string,
        contributionId: row.contribution_id as string,
        data: row.data as NotificationData,
        createdAt: row.created_at as Date,
        readAt: (row.read_at as Date | null) ?? null,
      })),
      endCursor: last ? encodeCursor({ createdAt: last.cursor_at, id: last.id as string }) : null,
      hasNextPage: raw.length > limit,
      unreadCount: await this.unreadCount(actor),
    };
  }

  async unreadCount(actor: Actor, manager: EntityManager = this.dataSource.manager): Promise<number> {
    const [row] = (await manager.query(
      'SELECT count(*)::int AS n FROM notifications WHERE user_id = $1 AND read_at IS NULL',
      [actor.userId],
    )) as { n: number }[];
    return row.n;
  }

  /**
   * Marks some of one's notifications (or all) as read; returns how many were unread. An id that
   * is not one of the caller's is NOT_FOUND, and then nothing changes.
   */
  async markRead(actor: Actor, args: MarkNotificationsReadArgs): Promise<number> {
    const all = args.all === true;
    if (all === Boolean(args.ids)) {
      throw InvalidInputError.field('ids', 'give either ids or all: true');
    }
    const ids = [...new Set(args.ids ?? [])];
    const count = await this.dataSource.transaction(async (manager) => {
      if (!all) {
        const mine: { id: string }[] = await manager.query(
          'SELECT id FROM notifications WHERE id = ANY($1::uuid[]) AND user_id = $2 FOR UPDATE',
          [ids, actor.userId],
        );
        const found = new Set(mine.map((row) => row.id));
        const missing = ids.find((id) => !found.has(id));
        if (missing) throw new NotFoundError('Notification', missing);
      }
      const [changed] = (await manager.query(
        `UPDATE notifications SET read_at = now()
          WHERE user_id = $1 AND read_at IS NULL AND ($2::boolean OR id = ANY($3::uuid[]))
          RETURNING id`,
        [actor.userId, all, ids],
      )) as [{ id: string }[], number];
      await this.audit.record(manager, {
        actorId: actor.userId,
        action: 'notifications.read',
        subjectType: 'user',
        subjectId: actor.userId,
        data: { all, ids, marked: changed.length },
      });
      return changed.length;
    });
    if (count) await this.events.publish(NOTIFICATION_EVENTS.READ, [actor.userId]);
    return count;
  }

  async preferences(
    actor: Actor,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<EmailPreferences> {
    const [row] = (await manager.query(
      `SELECT reply_email, disposition_email, mention_email, moderation_email
         FROM notification_preferences WHERE user_id = $1`,
      [actor.userId],
    )) as Record<string, EmailMode>[];
    return {
      reply: row?.reply_email ?? DEFAULT_EMAIL_MODES.REPLY,
      disposition: row?.disposition_email ?? DEFAULT_EMAIL_MODES.DISPOSITION,
      mention: row?.mention_email ?? DEFAULT_EMAIL_MODES.MENTION,
      moderation: row?.moderation_email ?? DEFAULT_EMAIL_MODES.MODERATION,
    };
  }

  /** Changes the kinds given, keeps the others; audited with before and after. */
  async setPreferences(actor: Actor, input: SetNotificationPreferencesInput): Promise<EmailPreferences> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query(
        'INSERT INTO notification_preferences (user_id) VALUES ($1) ON CONFLICT (user_id) DO NOTHING',
        [actor.userId],
      );
      await manager.query('SELECT 1 FROM notification_preferences WHERE user_id = $1 FOR UPDATE', [
        actor.userId,
      ]);
      const before = await this.preferences(actor, manager);
      const after: EmailPreferences = { ...before };
      for (const key of Object.keys(PREFERENCE_COLUMNS) as (keyof EmailPreferences)[]) {
        const mode = input[key];
        if (mode) after[key] = mode;
      }
      await manager.query(
        `UPDATE notification_preferences
            SET reply_email = $2, disposition_email = $3, mention_email = $4, moderation_email = $5, updated_at = now()
          WHERE user_id = $1`,
        [actor.userId, after.reply, after.disposition, after.mention, after.moderation],
      );
      await this.audit.record(manager, {
        actorId: actor.userId,
        action: 'notifications.preferences-changed',
        subjectType: 'user',
        subjectId: actor.userId,
        data: { before: { ...before }, after: { ...after } },
      });
      return after;
    });
  }
}
