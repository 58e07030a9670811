import { Inject, Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createTransport, type Transporter } from 'nodemailer';
import type { DataSource } from 'typeorm';
import { NOTIFICATIONS_OPTIONS, type NotificationsOptions } from './notifications.options';

/** After this many failed attempts an e-mail stays unsent, with its last error, for an administrator. */
export const MAX_ATTEMPTS = 5;
/** E-mails claimed at once. */
const BATCH = 20;

export interface DrainResult {
  sent: number;
  failed: number;
}

/**
 * Delivers the outbox through SMTP_URL. Each e-mail is claimed first (its attempt counted and its
 * next attempt pushed back, in a short transaction that skips rows another instance holds), then
 * sent, then marked sent or given its error: a failure is tried again after 1, 2, 4, 8 minutes,
 * up to MAX_ATTEMPTS. Without SMTP_URL nothing is sent and the outbox is the record.
 */
@Injectable()
export class MailSender implements OnModuleDestroy {
  private readonly logger = new Logger(MailSender.name);
  private readonly transport: Transporter | null;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(NOTIFICATIONS_OPTIONS) private readonly options: NotificationsOptions,
  ) {
    this.transport = options.smtpUrl
      ? createTransport({
          url: options.smtpUrl,
          connectionTimeout: 10_000,
          greetingTimeout: 10_000,
          socketTimeout: 20_000,
        })
      : null;
  }

  get enabled(): boolean {
    return this.transport !== null;
  }

  onModuleDestroy(): void {
    this.transport?.close();
  }

  /** Sends what is due, batch after batch, until nothing is left to try now. */
  async drain(): Promise<DrainResult> {
    const result: DrainResult = { sent: 0, failed: 0 };
    if (!this.transport) return result;
    for (;;) {
      const claimed = await this.claim();
      for (const email of claimed) {
        if (await this.send(email)) result.sent += 1;
        else result.failed += 1;
      }
      if (claimed.length < BATCH) return result;
    }
  }

  private async claim(): Promise<{ id: string; to_address: string; subject: string; text_body: string }[]> {
    const [rows] = (await this.dataSource.query(
      `UPDATE email_outbox o SET attempts = o.attempts + 1,
              next_attempt_at = now() + interval '1 minute' * power(2, o.attempts)
        WHERE o.id IN (SELECT id FROM email_outbox
                        WHERE sent_at IS NULL AND attempts < $1 AND next_attempt_at <= now()
                        ORDER BY next_attempt_at, created_at LIMIT ${BATCH} FOR UPDATE SKIP LOCKED)
        RETURNING o.id, o.to_address, o.subject, o.text_body`,
      [MAX_ATTEMPTS],
    )) as [{ id: string; to_address: string; subject: string; text_body: string }[], number];
    return rows;
  }

  private async send(email: { id: string; to_address: string; subject: string; text_body: string }) {
    try {
      await this.transport?.sendMail({
        from: this.options.smtpFrom,
        to: email.to_address,
        subject: email.subject,
        text: email.text_body,
      });
      await this.dataSource.query(
        `UPDATE email_outbox SET sent_at = now(), last_error = NULL WHERE id = $1`,
        [email.id],
      );
      return true;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      this.logger.warn(`Could not send e-mail ${email.id}: ${message}`);
      await this.dataSource.query(`UPDATE email_outbox SET last_error = $2 WHERE id = $1`, [
        email.id,
        message.slice(0, 1000),
      ]);
      return false;
    }
  }
}
