import { PUBLIC_ROOM, userRoom, type JoinResult } from '@piano2030/shared-realtime-contracts';
import type { Actor, ScopedRooms } from '@piano2030/api-core';

/**
 * Who may listen to which room. Public rooms are open to anyone; a personal room only to its
 * owner; a domain's rooms to whom that domain says; any other room is refused (default deny).
 */
export async function canJoinRoom(
  actor: Actor | null,
  room: string,
  scoped: Pick<ScopedRooms, 'canJoin'>,
): Promise<JoinResult> {
  if (room === PUBLIC_ROOM) return { ok: true, room };
  if (!actor) return { ok: false, error: 'UNAUTHENTICATED' };
  if (room === userRoom(actor.userId)) return { ok: true, room };
  return (await scoped.canJoin(actor, room)) ? { ok: true, room } : { ok: false, error: 'FORBIDDEN' };
}
