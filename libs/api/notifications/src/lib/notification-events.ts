import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { DomainEventBus } from '@piano2030/api-core';
import {
  NOTIFICATION_EVENTS,
  userRoom,
  type NotificationEventPayload,
} from '@piano2030/shared-realtime-contracts';

type NotificationEventType = (typeof NOTIFICATION_EVENTS)[keyof typeof NOTIFICATION_EVENTS];

/**
 * Tells each person's own room that their notifications changed, with their unread count, so
 * every open tab updates its badge. Called only after the change committed.
 */
@Injectable()
export class NotificationEvents {
  constructor(
    private readonly bus: DomainEventBus,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async publish(type: NotificationEventType, userIds: readonly string[]): Promise<void> {
    const ids = [...new Set(userIds)];
    if (!ids.length) return;
    const rows: { user_id: string; unread: number }[] = await this.dataSource.query(
      `SELECT u.id AS user_id, (SELECT count(*)::int FROM notifications n WHERE n.user_id = u.id AND n.read_at IS NULL) AS unread
       FROM unnest($1::uuid[]) AS u(id)`,
      [ids],
    );
    const occurredAt = new Date();
    for (const row of rows) {
      const payload: NotificationEventPayload = { unreadCount: row.unread };
      this.bus.publish({ type, rooms: [userRoom(row.user_id)], payload, occurredAt });
    }
  }
}
