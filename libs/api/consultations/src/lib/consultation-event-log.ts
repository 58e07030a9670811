import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { DomainEventBus } from '@piano2030/api-core';
import {
  consultationRoom,
  threadRoom,
  type ContributionEventPayload,
  type ContributionEventType,
} from '@piano2030/shared-realtime-contracts';
import { contributionView } from './contribution-views';
import type { ContributionEntity } from './entities/contribution.entity';
import { SpeakerDirectory } from './speaker-directory';

/** An event written with its change, to be heard once the change commits. */
export interface LoggedEvent {
  type: ContributionEventType;
  payload: ContributionEventPayload;
}

/**
 * The consultation's numbered event log. `record` runs inside the change's transaction: the
 * consultation row's counter gives the next number (its row lock orders concurrent writers), so
 * numbers have no gaps and an event is logged if and only if its change committed. `publish`
 * sends them to the rooms afterwards.
 */
@Injectable()
export class ConsultationEventLog {
  constructor(
    private readonly bus: DomainEventBus,
    private readonly speakers: SpeakerDirectory,
  ) {}

  async record(
    manager: EntityManager,
    consultationId: string,
    type: ContributionEventType,
    subject: { contribution?: ContributionEntity; status?: string } = {},
  ): Promise<LoggedEvent> {
    const [[row]] = (await manager.query(
      `UPDATE consultations SET last_event_seq = last_event_seq + 1 WHERE id = $1
       RETURNING last_event_seq AS seq, contribution_count AS count`,
      [consultationId],
    )) as [{ seq: number; count: number }[], number];
    const { contribution, status } = subject;
    await manager.query(
      `INSERT INTO consultation_events (consultation_id, seq, type, contribution_id, thread_id, data)
       VALUES ($1, $2, $3, $4, $5, $6)`,
      [
        consultationId,
        row.seq,
        type,
        contribution?.id ?? null,
        contribution?.threadId ?? null,
        status ? { status } : {},
      ],
    );
    const names = contribution
      ? await this.speakers.names(
          manager,
          [contribution.authorId],
          contribution.organisationId ? [contribution.organisationId] : [],
        )
      : null;
    return {
      type,
      payload: {
        seq: row.seq,
        consultationId,
        threadId: contribution?.threadId ?? null,
        contributionId: contribution?.id ?? null,
        contribution: contribution && names ? contributionView(contribution, names) : null,
        contributionCount: row.count,
        ...(status ? { status } : {}),
      },
    };
  }

  publish(events: readonly LoggedEvent[]): void {
    for (const { type, payload } of events) {
      const rooms = [consultationRoom(payload.consultationId)];
      if (payload.threadId) rooms.push(threadRoom(payload.threadId));
      this.bus.publish({ type, rooms, payload, occurredAt: new Date() });
    }
  }
}
