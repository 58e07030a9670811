import { Injectable } from '@nestjs/common';
import type { Actor } from './actor';

type RoomCheck = (actor: Actor, key: string) => Promise<boolean>;
type OpenRoomCheck = (actor: Actor | null, key: string) => Promise<boolean>;

/**
 * Rooms whose audience a domain decides (a body's room: its members). Domains register a check per
 * room prefix; the realtime room policy asks it, and refuses rooms nobody registered.
 */
@Injectable()
export class ScopedRooms {
  private readonly checks = new Map<string, OpenRoomCheck>();
  private readonly withPresence = new Set<string>();
  private readonly open = new Set<string>();

  /** `presence`: the room's members are told who else is there (people editing the same text). */
  register(prefix: string, check: RoomCheck, options: { presence?: boolean } = {}): void {
    this.add(prefix, (actor, key) => (actor ? check(actor, key) : Promise.resolve(false)));
    if (options.presence) this.withPresence.add(prefix);
  }

  /** Rooms anyone may hear, signed in or not, when the check says so (a public consultation's). */
  registerOpen(prefix: string, check: OpenRoomCheck): void {
    this.add(prefix, check);
    this.open.add(prefix);
  }

  isOpen(room: string): boolean {
    return this.open.has(prefixOf(room));
  }

  private add(prefix: string, check: OpenRoomCheck): void {
    if (this.checks.has(prefix)) throw new Error(`Rooms "${prefix}:" are registered twice`);
    this.checks.set(prefix, check);
  }

  hasPresence(room: string): boolean {
    return this.withPresence.has(prefixOf(room));
  }

  /** Undefined when no domain owns the room. */
  async canJoin(actor: Actor | null, room: string): Promise<boolean | undefined> {
    const separator = room.indexOf(':');
    const check = separator > 0 ? this.checks.get(room.slice(0, separator)) : undefined;
    return check ? check(actor, room.slice(separator + 1)) : undefined;
  }
}

function prefixOf(room: string): string {
  return room.slice(0, Math.max(room.indexOf(':'), 0));
}
