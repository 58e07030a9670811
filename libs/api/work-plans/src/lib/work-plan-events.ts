import { Injectable } from '@nestjs/common';
import { DomainEventBus } from '@piano2030/api-core';
import {
  WORK_PLAN_EVENTS,
  workPlanRoom,
  type WorkPlanEventPayload,
} from '@piano2030/shared-realtime-contracts';

/** Work plan events; services call these only after their transaction committed. */
@Injectable()
export class WorkPlanEvents {
  constructor(private readonly bus: DomainEventBus) {}

  changed(payload: WorkPlanEventPayload): void {
    this.bus.publish({
      type: WORK_PLAN_EVENTS.UPDATED,
      rooms: [workPlanRoom(payload.workPlanId)],
      payload,
      occurredAt: new Date(),
    });
  }
}
