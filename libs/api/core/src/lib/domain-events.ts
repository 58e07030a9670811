import { Injectable, Logger } from '@nestjs/common';

/** Something that happened, published after its transaction committed. */
export interface DomainEvent<TPayload = unknown> {
  type: string;
  /** Socket.io rooms that should hear of it (see shared/realtime-contracts). */
  rooms: string[];
  payload: TPayload;
  occurredAt: Date;
}

/**
 * Published after a change that may take rooms away from people (a membership ended): the gateway
 * asks the room policy again for their sockets in those rooms and removes the ones now refused.
 */
export const ACCESS_CHANGED = 'access.changed';

export interface AccessChange {
  userIds: string[];
  rooms: string[];
}

type Listener = (event: DomainEvent) => void | Promise<void>;

/**
 * In-process fan-out of committed domain events. Services publish only after commit, so a
 * listener never sees an event whose data a reader could not find.
 */
@Injectable()
export class DomainEventBus {
  private readonly logger = new Logger(DomainEventBus.name);
  private readonly listeners = new Set<Listener>();

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  publish(event: DomainEvent): void {
    for (const listener of this.listeners) {
      Promise.resolve()
        .then(() => listener(event))
        .catch((error: unknown) => this.logger.error(`Listener failed on ${event.type}: ${String(error)}`));
    }
  }
}
