import { Injectable } from '@nestjs/common';
import { DomainEventBus } from '@piano2030/api-core';
import {
  GOVERNANCE_EVENTS,
  bodyRoom,
  userRoom,
  type MeetingEventPayload,
  type VoteEventPayload,
} from '@piano2030/shared-realtime-contracts';

/** Governance's events; services call these only after their transaction committed. */
@Injectable()
export class GovernanceEvents {
  constructor(private readonly bus: DomainEventBus) {}

  meetingConvened(payload: MeetingEventPayload, userIds: readonly string[]): void {
    this.publish(GOVERNANCE_EVENTS.MEETING_CONVENED, userIds.map(userRoom), payload);
    this.meetingUpdated(payload);
  }

  meetingUpdated(payload: MeetingEventPayload): void {
    this.publish(GOVERNANCE_EVENTS.MEETING_UPDATED, [bodyRoom(payload.bodyId)], payload);
  }

  voteUpdated(payload: VoteEventPayload): void {
    this.publish(GOVERNANCE_EVENTS.VOTE_UPDATED, [bodyRoom(payload.bodyId)], payload);
  }

  private publish(type: string, rooms: string[], payload: MeetingEventPayload): void {
    this.bus.publish({ type, rooms, payload, occurredAt: new Date() });
  }
}
