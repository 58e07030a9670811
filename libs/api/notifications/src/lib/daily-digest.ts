import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AuditService } from '@piano2030/api-audit';
import { todayInItaly, type NotificationKind } from '@piano2030/shared-domain';
import type { NotificationData } from './entities/notification.entity';
import { digestEmail, type DigestItem } from './notification-texts';
import {
  NOTIFICATIONS_OPTIONS,
  itemLink,
  preferencesLink,
  type NotificationsOptions,
} from './notifications.options';

/** People handled in one transaction. */
const BATCH = 100;

/** The hour (0-23) in Rome at `now`, whatever the server's zone. */
export function hourInItaly(now: Date): number {
  return Number(
    new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Rome', hour: '2-digit', hourCycle: 'h23' }).format(
      now,
    ),
  );
}

/** Whether the clock writes the digests at `now`: from the configured hour until midnight, Rome time. */
export function digestDue(now: Date, digestHour: number | null): boolean {
  return digestHour !== null && hourInItaly(now) >= digestHour;
}

/**
 * The daily digest: for each person, the notifications they chose to get by e-mail once a day and
 * have not had yet, grouped by consultation, in one e-mail. Nobody gets an empty one, and nobody
 * two on the same day (Rome): `last_digest_on` is set in the transaction that writes the e-mail,
 * on their preferences row, which is locked (another instance skips it).
 */
@Injectable()
export class DailyDigest {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(NOTIFICATIONS_OPTIONS) private readonly options: NotificationsOptions,
    private readonly audit: AuditService,
  ) {}

  /** Writes today's digests to the outbox; returns how many. `actorId`: the administrator who asked. */
  async run(now: Date = new Date(), actorId: string | null = null): Promise<number> {
    const day = todayInItaly(now);
    let total = 0;
    for (let first = true; ; first = false) {
      const { people, written } = await this.batch(day, actorId, first && actorId !== null);
      total += written;
      if (people < BATCH) return total;
    }
  }

  private batch(
    day: string,
    actorId: string | null,
    auditEvenIfEmpty: boolean,
  ): Promise<{ people: number; written: number }> {
    return this.dataSource.transaction(async (manager) => {
      const people: { user_id: string; email: string }[] = await manager.query(
        `SELECT p.user_id, u.email FROM notification_preferences p JOIN users u ON u.id = p.user_id
          WHERE (p.last_digest_on IS NULL OR p.last_digest_on < $1::date)
            AND EXISTS (SELECT 1 FROM notifications n
                         WHERE n.user_id = p.user_id AND n.email_mode = 'DAILY' AND n.emailed_at IS NULL)
          ORDER BY p.user_id LIMIT ${BATCH} FOR UPDATE OF p SKIP LOCKED`,
        [day],
      );
      const userIds = people.map((person) => person.user_id);
      const pending: {
        id: string;
        user_id: string;
        kind: NotificationKind;
        consultation_id: string;
        contribution_id: string;
        data: NotificationData;
      }[] = userIds.length
        ? await manager.query(
            `SELECT id, user_id, kind, consultation_id, contribution_id, data FROM notifications
              WHERE user_id = ANY($1::uuid[]) AND email_mode = 'DAILY' AND emailed_at IS NULL
              ORDER BY created_at, id FOR UPDATE`,
            [userIds],
          )
        : [];
      let written = 0;
      for (const person of people) {
        const items: DigestItem[] = pending
          .filter((n) => n.user_id === person.user_id)
          .map((n) => ({
            consultationId: n.consultation_id,
            kind: n.kind,
            data: n.data,
            link: itemLink(this.options.publicUrl, n.consultation_id, n.contribution_id),
          }));
        const email = digestEmail(items, day, preferencesLink(this.options.publicUrl));
        if (!email) continue;
        await manager.query(
          `INSERT INTO email_outbox (user_id, to_address, subject, text_body, kind) VALUES ($1, $2, $3, $4, 'DIGEST')`,
          [person.user_id, person.email, email.subject, email.text],
        );
        written += 1;
      }
      if (pending.length) {
        await manager.query(`UPDATE notifications SET emailed_at = now() WHERE id = ANY($1::uuid[])`, [
          pending.map((n) => n.id),
        ]);
        await manager.query(
          `UPDATE notification_preferences SET last_digest_on = $2::date WHERE user_id = ANY($1::uuid[])`,
          [[...new Set(pending.map((n) => n.user_id))], day],
        );
      }
      if (written || auditEvenIfEmpty) {
        await this.audit.record(manager, {
          actorId,
          action: 'notifications.digests-sent',
          subjectType: 'email_outbox',
          data: { day, emails: written, recipients: userIds.length },
        });
      }
      return { people: people.length, written };
    });
  }
}
