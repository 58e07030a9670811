import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { clampPageSize, decodeCursor, encodeCursor } from '@piano2030/api-core';
import { NOTIFICATION_LIMITS, type EmailKind } from '@piano2030/shared-domain';
import type { EmailOutboxArgs } from './dto/notification.inputs';

export interface OutboxRow {
  id: string;
  userId: string;
  toAddress: string;
  subject: string;
  textBody: string;
  kind: EmailKind;
  createdAt: Date;
  sentAt: Date | null;
  attempts: number;
  lastError: string | null;
}

/** The outbox as administrators read it: newest first, every e-mail or the unsent ones. */
@Injectable()
export class EmailOutboxQueries {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async page(
    args: EmailOutboxArgs,
  ): Promise<{ rows: OutboxRow[]; endCursor: string | null; hasNextPage: boolean }> {
    const limit = clampPageSize(args.first, NOTIFICATION_LIMITS.pageSizeDefault);
    const after = args.after ? decodeCursor(args.after) : null;
    const raw: (Record<string, unknown> & { cursor_at: string })[] = await this.dataSource.query(
      `SELECT id, user_id, to_address, subject, text_body, kind, created_at, sent_at, attempts, last_error,
              to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS cursor_at
         FROM email_outbox
        WHERE ($1::boolean IS NOT TRUE OR sent_at IS NULL)
          AND ($2::timestamptz IS NULL OR (created_at, id) < ($2::timestamptz, $3::uuid))
        ORDER BY created_at DESC, id DESC LIMIT $4`,
      [args.unsentOnly ?? false, after?.createdAt ?? null, after?.id ?? null, limit + 1],
    );
    const page = raw.slice(0, limit);
    const last = page.at(-1);
    return {
      rows: page.map((row) => ({
        id: row.id as string,
        userId: row.user_id as string,
        toAddress: row.to_address as string,
        subject: row.subject as string,
        textBody: row.text_body as string,
        kind: row.kind as EmailKind,
        createdAt: row.created_at as Date,
        sentAt: (row.sent_at as Date | null) ?? null,
        attempts: row.attempts as number,
        lastError: (row.last_error as string | null) ?? null,
      })),
      endCursor: last ? encodeCursor({ createdAt: last.cursor_at, id: last.id as string }) : null,
      hasNextPage: raw.length > limit,
    };
  }
}
