import { PUBLIC_ROOM, userRoom, type JoinResult } from '@piano2030/shared-realtime-contracts';
import type { Actor } from '@piano2030/api-core';

/**
 * Who may listen to which room. Public rooms are open to anyone; a personal room only to its
 * owner; any room this table does not know is refused (default deny).
 */
export function canJoinRoom(actor: Actor | null, room: string): JoinResult {
  if (room === PUBLIC_ROOM) return { ok: true, room };
  if (!actor) return { ok: false, error: 'UNAUTHENTICATED' };
  if (room === userRoom(actor.userId)) return { ok: true, room };
  return { ok: false, error: 'FORBIDDEN' };
}
