import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import {
  DEFAULT_EMAIL_MODES,
  publicNameOf,
  type EmailMode,
  type NotificationKind,
  type PublicNameMode,
} from '@piano2030/shared-domain';
import { CONTRIBUTION_EVENTS, NOTIFICATION_EVENTS } from '@piano2030/shared-realtime-contracts';
import { findMentions, type MentionCandidate } from './mentions';
import { NotificationEvents } from './notification-events';
import {
  planNotifications,
  type ContributionFacts,
  type EventFacts,
  type PlannedNotification,
} from './notification-plan';
import { immediateEmail } from './notification-texts';
import { NOTIFICATIONS_OPTIONS, linksFor, type NotificationsOptions } from './notifications.options';

/** The events anyone is told about; every other event is read and passed over. */
export const NOTIFYING_EVENTS: ReadonlySet<string> = new Set([
  CONTRIBUTION_EVENTS.PUBLISHED,
  CONTRIBUTION_EVENTS.ANSWERED,
  CONTRIBUTION_EVENTS.HIDDEN,
]);

/** Events read in one transaction. */
const BATCH = 200;

interface EventRow {
  consultation_id: string;
  seq: number;
  type: string;
  contribution_id: string | null;
}

interface ContributionRow {
  id: string;
  consultation_id: string;
  consultation_title: string;
  author_id: string;
  display_name: string;
  public_name_mode: PublicNameMode;
  organisation_name: string | null;
  status: string;
  body: string;
  created_at: Date;
  parent_author_id: string | null;
}

interface Participant {
  consultation_id: string;
  id: string;
  name: string;
  first_at: Date;
}

interface Planned extends PlannedNotification {
  event: EventRow;
}

export interface ProjectionResult {
  /** Events read (every type). */
  events: number;
  notifications: number;
  emails: number;
  /** People with new notifications. */
  userIds: string[];
}

const PREFERENCE_COLUMNS: Record<NotificationKind, string> = {
  REPLY: 'reply_email',
  DISPOSITION: 'disposition_email',
  MENTION: 'mention_email',
  MODERATION: 'moderation_email',
};

/**
 * Turns the consultations' event log into notifications. One transaction takes a batch of events
 * nobody has read yet (rows another instance holds are skipped), writes their notifications and
 * the e-mails due at once, and marks the events read: a notification exists if and only if its
 * event committed, and never twice. The rooms hear of it after the commit.
 */
@Injectable()
export class NotificationProjector {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(NOTIFICATIONS_OPTIONS) private readonly options: NotificationsOptions,
    private readonly events: NotificationEvents,
  ) {}

  /** Batches until the log is read to its end (as far as this instance may take it). */
  async drain(): Promise<ProjectionResult> {
    const total: ProjectionResult = { events: 0, notifications: 0, emails: 0, userIds: [] };
    for (;;) {
      const batch = await this.projectBatch(BATCH);
      total.events += batch.events;
      total.notifications += batch.notifications;
      total.emails += batch.emails;
      total.userIds.push(...batch.userIds);
      if (batch.events < BATCH) return total;
    }
  }

  async projectBatch(limit: number): Promise<ProjectionResult> {
    const result = await this.dataSource.transaction(async (manager) => {
      const events: EventRow[] = await manager.query(
        `SELECT consultation_id, seq, type, contribution_id FROM consultation_events
          WHERE notified_at IS NULL ORDER BY created_at, seq LIMIT $1 FOR UPDATE SKIP LOCKED`,
        [limit],
      );
      if (!events.length) return { events: 0, notifications: 0, emails: 0, userIds: [] };
      const planned = await this.plan(manager, events);
      const written = await this.write(manager, planned);
      await manager.query(
        `UPDATE consultation_events e SET notified_at = now()
           FROM unnest($1::uuid[], $2::int[]) AS r(consultation_id, seq)
          WHERE e.consultation_id = r.consultation_id AND e.seq = r.seq`,
        [events.map((e) => e.consultation_id), events.map((e) => e.seq)],
      );
      return { events: events.length, ...written };
    });
    await this.events.publish(NOTIFICATION_EVENTS.CREATED, result.userIds);
    return result;
  }

  /** What each event tells whom, from the contributions as they are now. */
  private async plan(manager: EntityManager, events: EventRow[]): Promise<Planned[]> {
    const notifying = events.filter((e) => NOTIFYING_EVENTS.has(e.type) && e.contribution_id);
    if (!notifying.length) return [];
    const ids = [...new Set(notifying.map((e) => e.contribution_id as string))];
    const contributions = new Map(
      (
        (await manager.query(
          `SELECT c.id, c.consultation_id, k.title AS consultation_title, c.author_id, u.display_name,
                u.public_name_mode, o.name AS organisation_name, c.status, c.body, c.created_at,
                p.author_id AS parent_author_id
           FROM contributions c
           JOIN consultations k ON k.id = c.consultation_id
           JOIN users u ON u.id = c.author_id
           LEFT JOIN organisations o ON o.id = c.organisation_id
           LEFT JOIN contributions p ON p.id = c.parent_id
          WHERE c.id = ANY($1::uuid[])`,
          [ids],
        )) as ContributionRow[]
      ).map((row) => [row.id, row]),
    );
    const answered = notifying.filter((e) => e.type === CONTRIBUTION_EVENTS.ANSWERED);
    const dispositions = new Map(
      answered.length
        ? (
            (await manager.query(
              `SELECT contribution_id, outcome, reasons FROM dispositions
                WHERE contribution_id = ANY($1::uuid[]) AND published_at IS NOT NULL`,
              [answered.map((e) => e.contribution_id)],
            )) as { contribution_id: string; outcome: string; reasons: string }[]
          ).map((row) => [row.contribution_id, row])
        : [],
    );
    const hidden = notifying.filter((e) => e.type === CONTRIBUTION_EVENTS.HIDDEN);
    const reasons = new Map(
      hidden.length
        ? (
            (await manager.query(
              `SELECT DISTINCT ON (contribution_id) contribution_id, reason FROM moderation_actions
                WHERE contribution_id = ANY($1::uuid[]) AND to_status = 'HIDDEN'
                ORDER BY contribution_id, created_at DESC`,
              [hidden.map((e) => e.contribution_id)],
            )) as { contribution_id: string; reason: string }[]
          ).map((row) => [row.contribution_id, row.reason])
        : [],
    );
    const mentioning = notifying.filter(
      (e) =>
        e.type === CONTRIBUTION_EVENTS.PUBLISHED &&
        contributions.get(e.contribution_id as string)?.body.includes('@'),
    );
    const mentions = await this.mentionsOf(
      manager,
      mentioning.map((e) => contributions.get(e.contribution_id as string) as ContributionRow),
    );
    return notifying.flatMap((event) => {
      const row = contributions.get(event.contribution_id as string);
      if (!row) return [];
      const facts: EventFacts = {
        type: event.type,
        contribution: toFacts(row),
        disposition: dispositions.get(row.id) ?? null,
        moderationReason: reasons.get(row.id) ?? null,
        mentions: event.type === CONTRIBUTION_EVENTS.PUBLISHED ? (mentions.get(row.id) ?? []) : [],
      };
      return planNotifications(facts).map((planned) => ({ ...planned, event }));
    });
  }

  /**
   * Who each text mentions: people who took part in the same consultation before it under their
   * full name, and organisations that took part (their verified representatives).
   */
  private async mentionsOf(
    manager: EntityManager,
    rows: ContributionRow[],
  ): Promise<Map<string, { userId: string; name: string }[]>> {
    const result = new Map<string, { userId: string; name: string }[]>();
    if (!rows.length) return result;
    const consultationIds = [...new Set(rows.map((row) => row.consultation_id))];
    const people: Participant[] = await manager.query(
      `SELECT c.consultation_id, u.id, u.display_name AS name, min(c.created_at) AS first_at
         FROM contributions c JOIN users u ON u.id = c.author_id
        WHERE c.consultation_id = ANY($1::uuid[]) AND c.status = 'PUBLISHED' AND u.public_name_mode = 'FULL_NAME'
        GROUP BY c.consultation_id, u.id, u.display_name`,
      [consultationIds],
    );
    const organisations: Participant[] = await manager.query(
      `SELECT c.consultation_id, o.id, o.name, min(c.created_at) AS first_at
         FROM contributions c JOIN organisations o ON o.id = c.organisation_id
        WHERE c.consultation_id = ANY($1::uuid[]) AND c.status = 'PUBLISHED'
        GROUP BY c.consultation_id, o.id, o.name`,
      [consultationIds],
    );
    const representatives: { organisation_id: string; user_id: string }[] = organisations.length
      ? await manager.query(
          `SELECT organisation_id, user_id FROM organisation_representatives
            WHERE status = 'VERIFIED' AND organisation_id = ANY($1::uuid[])`,
          [[...new Set(organisations.map((o) => o.id))]],
        )
      : [];
    for (const row of rows) {
      const before = (p: Participant) =>
        p.consultation_id === row.consultation_id && p.first_at.getTime() <= row.created_at.getTime();
      const candidates: (MentionCandidate & { userIds: string[] })[] = [
        ...people.filter(before).map((p) => ({
          key: `user:${p.id}`,
          name: publicNameOf(p.name, 'FULL_NAME'),
          userIds: [p.id],
        })),
        ...organisations.filter(before).map((o) => ({
          key: `organisation:${o.id}`,
          name: o.name,
          userIds: representatives.filter((r) => r.organisation_id === o.id).map((r) => r.user_id),
        })),
      ];
      const byKey = new Map(candidates.map((c) => [c.key, c]));
      const mentioned = findMentions(row.body, candidates).flatMap((key) => {
        const candidate = byKey.get(key);
        return candidate ? candidate.userIds.map((userId) => ({ userId, name: candidate.name })) : [];
      });
      result.set(row.id, mentioned);
    }
    return result;
  }

  /** The notifications, and the e-mails of those their recipients want at once. */
  private async write(
    manager: EntityManager,
    planned: Planned[],
  ): Promise<{ notifications: number; emails: number; userIds: string[] }> {
    if (!planned.length) return { notifications: 0, emails: 0, userIds: [] };
    const recipients = [...new Set(planned.map((p) => p.userId))];
    const people = new Map(
      (
        (await manager.query(
          `SELECT u.id, u.email, p.reply_email, p.disposition_email, p.mention_email, p.moderation_email
             FROM users u LEFT JOIN notification_preferences p ON p.user_id = u.id
            WHERE u.id = ANY($1::uuid[])`,
          [recipients],
        )) as ({ id: string; email: string } & Record<string, EmailMode | null>)[]
      ).map((row) => [row.id, row]),
    );
    const modeOf = (p: Planned): EmailMode =>
      people.get(p.userId)?.[PREFERENCE_COLUMNS[p.kind]] ?? DEFAULT_EMAIL_MODES[p.kind];
    const inserted: { consultation_id: string; event_seq: number; user_id: string }[] = await manager.query(
      `INSERT INTO notifications (user_id, kind, consultation_id, event_seq, contribution_id, data, email_mode, emailed_at)
         SELECT r.user_id, r.kind, r.consultation_id, r.event_seq, r.contribution_id, r.data, r.email_mode,
                CASE WHEN r.email_mode = 'IMMEDIATE' THEN now() END
           FROM unnest($1::uuid[], $2::text[], $3::uuid[], $4::int[], $5::uuid[], $6::jsonb[], $7::text[])
                AS r(user_id, kind, consultation_id, event_seq, contribution_id, data, email_mode)
         ON CONFLICT (consultation_id, event_seq, user_id) DO NOTHING
         RETURNING consultation_id, event_seq, user_id`,
      [
        planned.map((p) => p.userId),
        planned.map((p) => p.kind),
        planned.map((p) => p.event.consultation_id),
        planned.map((p) => p.event.seq),
        planned.map((p) => p.event.contribution_id),
        planned.map((p) => JSON.stringify(p.data)),
        planned.map(modeOf),
      ],
    );
    const key = (consultationId: string, seq: number, userId: string) => `${consultationId}:${seq}:${userId}`;
    const written = new Set(inserted.map((row) => key(row.consultation_id, row.event_seq, row.user_id)));
    const emails = planned.filter(
      (p) =>
        written.has(key(p.event.consultation_id, p.event.seq, p.userId)) &&
        modeOf(p) === 'IMMEDIATE' &&
        people.get(p.userId)?.email,
    );
    if (emails.length) {
      const texts = emails.map((p) =>
        immediateEmail(
          p.kind,
          p.data,
          linksFor(this.options.publicUrl, p.event.consultation_id, p.event.contribution_id as string),
        ),
      );
      await manager.query(
        `INSERT INTO email_outbox (user_id, to_address, subject, text_body, kind)
         SELECT r.user_id, r.to_address, r.subject, r.text_body, 'IMMEDIATE'
           FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[]) AS r(user_id, to_address, subject, text_body)`,
        [
          emails.map((p) => p.userId),
          emails.map((p) => people.get(p.userId)?.email as string),
          texts.map((t) => t.subject),
          texts.map((t) => t.text),
        ],
      );
    }
    return {
      notifications: inserted.length,
      emails: emails.length,
      userIds: [...new Set(inserted.map((row) => row.user_id))],
    };
  }
}

function toFacts(row: ContributionRow): ContributionFacts {
  return {
    id: row.id,
    consultationId: row.consultation_id,
    consultationTitle: row.consultation_title,
    authorId: row.author_id,
    authorName: publicNameOf(row.display_name, row.public_name_mode),
    organisationName: row.organisation_name,
    status: row.status,
    body: row.body,
    parentAuthorId: row.parent_author_id,
  };
}
