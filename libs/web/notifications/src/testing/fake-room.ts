import type { RoomEvent } from '@piano2030/shared-realtime-contracts';
import type { RoomEventsOptions, RoomSubscription } from '@piano2030/web-core';
import { act } from '@testing-library/react';
import { useEffect, useRef } from 'react';

type Listener = { room: string; onEvent: (event: RoomEvent) => void; options: RoomEventsOptions };

/**
 * Stands in for `useRoomEvents` when several components of one test listen to the same room (the
 * bell and the list): each mounted one hears what the "server" sends, through its latest handler.
 */
export function createFakeRoom() {
  const listeners = new Set<{ current: Listener | null }>();

  function useFakeRoomEvents(
    room: string | null,
    onEvent: (event: RoomEvent) => void,
    options: RoomEventsOptions = {},
  ): RoomSubscription {
    const latest = useRef<Listener | null>(null);
    useEffect(() => {
      latest.current = room ? { room, onEvent, options } : null;
    });
    useEffect(() => {
      if (!room) return;
      listeners.add(latest);
      return () => {
        listeners.delete(latest);
      };
    }, [room]);
    return { status: room ? 'joined' : 'idle' };
  }

  const inRoom = (room: string) =>
    [...listeners].flatMap((ref) => (ref.current?.room === room ? [ref.current] : []));

  return {
    useFakeRoomEvents,
    deliver: (event: RoomEvent) =>
      act(async () => {
        for (const listener of inRoom(event.room)) listener.onEvent(event);
      }),
    rejoin: (room: string) =>
      act(async () => {
        for (const listener of inRoom(room)) listener.options.onJoined?.(true);
      }),
    reset: () => listeners.clear(),
  };
}
