import { Injectable } from '@nestjs/common';
import type { Actor } from './actor';

type RoomCheck = (actor: Actor, key: string) => Promise<boolean>;

/**
 * Rooms whose audience a domain decides (a body's room: its members). Domains register a check per
 * room prefix; the realtime room policy asks it, and refuses rooms nobody registered.
 */
@Injectable()
export class ScopedRooms {
  private readonly checks = new Map<string, RoomCheck>();

  register(prefix: string, check: RoomCheck): void {
    if (this.checks.has(prefix)) throw new Error(`Rooms "${prefix}:" are registered twice`);
    this.checks.set(prefix, check);
  }

  /** Undefined when no domain owns the room. */
  async canJoin(actor: Actor, room: string): Promise<boolean | undefined> {
    const separator = room.indexOf(':');
    const check = separator > 0 ? this.checks.get(room.slice(0, separator)) : undefined;
    return check ? check(actor, room.slice(separator + 1)) : undefined;
  }
}
