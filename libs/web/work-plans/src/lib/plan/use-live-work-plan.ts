import {
  WORK_PLAN_EVENTS,
  workPlanRoom,
  type RoomEvent,
  type WorkPlanEventPayload,
} from '@piano2030/shared-realtime-contracts';
import { useRoomEvents, type RoomStatus } from '@piano2030/web-core';

/**
 * Signed-in visitors hear the plan's room; any change to the plan, an activity or the report
 * reloads it, and so does every rejoin after a lost connection, since events sent meanwhile are gone.
 */
export function useLiveWorkPlan(workPlanId: string, signedIn: boolean, reload: () => void): RoomStatus {
  const { status } = useRoomEvents(
    signedIn ? workPlanRoom(workPlanId) : null,
    (event: RoomEvent) => {
      const payload = event.payload as Partial<WorkPlanEventPayload> | null;
      if (event.type === WORK_PLAN_EVENTS.UPDATED && payload?.workPlanId === workPlanId) reload();
    },
    { onJoined: (rejoined) => rejoined && reload() },
  );
  return status;
}
