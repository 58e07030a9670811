/**
 * Socket.io contract shared by the API gateway and the web client. Rooms are named by
 * the functions below so both sides build the same string.
 */
export const PUBLIC_ROOM = 'public';

export function userRoom(userId: string): string {
  return `user:${userId}`;
}

/**
 * A domain event as delivered to a room, after its transaction committed. A per-room sequence
 * number for catch-up on reconnect arrives with the consultation threads, the first rooms that need it.
 */
export interface RoomEvent<TPayload = unknown> {
  room: string;
  type: string;
  payload: TPayload;
  occurredAt: string;
}

export interface ServerToClientEvents {
  event: (event: RoomEvent) => void;
}

export type JoinResult = { ok: true; room: string } | { ok: false; error: 'UNAUTHENTICATED' | 'FORBIDDEN' };

export interface ClientToServerEvents {
  join: (room: string, ack: (result: JoinResult) => void) => void;
  leave: (room: string, ack: (result: { ok: true }) => void) => void;
}
