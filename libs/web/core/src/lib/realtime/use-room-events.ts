import type {
  ClientToServerEvents,
  JoinResult,
  RoomEvent,
  ServerToClientEvents,
} from '@piano2030/shared-realtime-contracts';
import { useEffect, useEffectEvent, useState } from 'react';
import { io, type Socket } from 'socket.io-client';

/**
 * Where the subscription stands: `joined` while events arrive; `refused` when the server turned
 * the join down (not a member, or signed out); `offline` while the connection is down and retrying.
 */
export type RoomStatus = 'idle' | 'connecting' | 'joined' | 'refused' | 'offline';

export interface RoomSubscription {
  status: RoomStatus;
  /** Why the server refused the join, when it did. */
  refusal?: Extract<JoinResult, { ok: false }>['error'];
}

export interface RoomEventsOptions {
  /**
   * Called each time the room is joined. `rejoined` is true after a reconnection: events sent while
   * the connection was down are lost, so this is the moment to reload what the page shows.
   */
  onJoined?: (rejoined: boolean) => void;
}

type AppSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/**
 * Listens to one socket.io room on the app's own origin; the session cookie authenticates the
 * connection. Pass `null` to stay disconnected (an anonymous visitor, a page still loading).
 * Rooms do not survive a reconnection on the server, so the room is joined again on every connect.
 */
export function useRoomEvents(
  room: string | null,
  onEvent: (event: RoomEvent) => void,
  { onJoined }: RoomEventsOptions = {},
): RoomSubscription {
  const [state, setState] = useState<RoomSubscription & { room: string | null }>({
    room: null,
    status: 'idle',
  });
  const handleEvent = useEffectEvent(onEvent);
  const handleJoined = useEffectEvent((rejoined: boolean) => onJoined?.(rejoined));

  useEffect(() => {
    if (!room) return;
    // A connection of its own: a shared one would be closed by whichever page leaves first.
    const socket: AppSocket = io({ withCredentials: true, forceNew: true });
    let joins = 0;
    const join = () =>
      socket.emit('join', room, (result) => {
        if (result.ok) {
          setState({ room, status: 'joined' });
          handleJoined(joins++ > 0);
        } else {
          setState({ room, status: 'refused', refusal: result.error });
        }
      });
    const listen = (event: RoomEvent) => {
      if (event.room === room) handleEvent(event);
    };
    const lost = () =>
      setState((current) => (current.status === 'refused' ? current : { room, status: 'offline' }));
    socket.on('connect', join);
    socket.on('event', listen);
    socket.on('disconnect', lost);
    socket.on('connect_error', lost);
    return () => {
      socket.off('connect', join);
      socket.off('event', listen);
      socket.off('disconnect', lost);
      socket.off('connect_error', lost);
      if (socket.connected) socket.emit('leave', room, () => undefined);
      socket.disconnect();
    };
  }, [room]);

  if (!room) return { status: 'idle' };
  if (state.room !== room) return { status: 'connecting' };
  return state.refusal ? { status: state.status, refusal: state.refusal } : { status: state.status };
}
