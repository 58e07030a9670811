import {
  INTERVENTION_EVENTS,
  PRESENCE_EVENT,
  interventionRoom,
  type InterventionEventPayload,
  type PresencePayload,
  type RoomEvent,
} from '@piano2030/shared-realtime-contracts';
import { useRoomEvents, type RoomStatus } from '@piano2030/web-core';
import { useState } from 'react';

export interface Person {
  userId: string;
  displayName: string;
}

/**
 * The intervention's editing room, joined while someone edits it: who else is editing (the room
 * says so at every join and leave, closing a tab included) and each new version saved meanwhile.
 */
export function useInterventionRoom(
  interventionId: string | null,
  myId: string | null,
  onUpdated: (payload: InterventionEventPayload) => void,
): { status: RoomStatus; others: Person[] } {
  const [people, setPeople] = useState<Person[]>([]);
  const { status } = useRoomEvents(
    interventionId && myId ? interventionRoom(interventionId) : null,
    (event: RoomEvent) => {
      if (event.type === PRESENCE_EVENT) {
        const payload = event.payload as Partial<PresencePayload> | null;
        if (Array.isArray(payload?.people)) setPeople(payload.people);
        return;
      }
      const payload = event.payload as Partial<InterventionEventPayload> | null;
      if (
        event.type === INTERVENTION_EVENTS.UPDATED &&
        payload?.interventionId === interventionId &&
        typeof payload.version === 'number'
      ) {
        onUpdated(payload as InterventionEventPayload);
      }
    },
  );
  // Presence is only known while in the room: a dropped connection shows nobody rather than stale names.
  const others = status === 'joined' ? people.filter((person) => person.userId !== myId) : [];
  return { status, others };
}
