import { Injectable } from '@nestjs/common';
import { DomainEventBus } from '@piano2030/api-core';
import {
  INTERVENTION_EVENTS,
  interventionRoom,
  type InterventionEventPayload,
} from '@piano2030/shared-realtime-contracts';
import type { Actor } from '@piano2030/api-core';
import type { InterventionEntity } from './entities/intervention.entity';

/** Tells the intervention's editing room that a version was saved; called after the commit. */
@Injectable()
export class InterventionEvents {
  constructor(private readonly bus: DomainEventBus) {}

  saved(intervention: InterventionEntity, by: Actor): void {
    const payload: InterventionEventPayload = {
      interventionId: intervention.id,
      version: intervention.version,
      status: intervention.status,
      by: by.displayName,
      byUserId: by.userId,
    };
    this.bus.publish({
      type: INTERVENTION_EVENTS.UPDATED,
      rooms: [interventionRoom(intervention.id)],
      payload,
      occurredAt: new Date(),
    });
  }
}
