import { PUBLIC_ROOM, userRoom, type JoinResult } from '@piano2030/shared-realtime-contracts';
import type { Actor, ScopedRooms } from '@piano2030/api-core';

/**
 * Who may listen to which room. The public room is open to anyone, and so are a domain's open
 * rooms when it says so; a personal room only to its owner; a domain's rooms to whom that domain
 * says; any other room is refused (default deny).
 */
export async function canJoinRoom(
  actor: Actor | null,
  room: string,
  scoped: Pick<ScopedRooms, 'canJoin' | 'isOpen'>,
): Promise<JoinResult> {
  if (room === PUBLIC_ROOM) return { ok: true, room };
  if (!actor && !scoped.isOpen(room)) return { ok: false, error: 'UNAUTHENTICATED' };
  if (actor && room === userRoom(actor.userId)) return { ok: true, room };
  return (await scoped.canJoin(actor, room)) ? { ok: true, room } : { ok: false, error: 'FORBIDDEN' };
}
