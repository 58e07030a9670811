import { createContext, useContext } from 'react';

/** The meeting's status line: where focus lands once the meeting is opened or closed. */
export const MEETING_STATUS_ID = 'meeting-status';

export interface MeetingActions {
  /**
   * Reloads the meeting page's query. Every action calls it after it succeeds; live events call it
   * when somebody else changed the meeting. Forms keep their own state, so a reload never overwrites
   * what someone is typing.
   */
  refresh: () => Promise<unknown>;
  /** Says something in the page's own live region, for actions whose controls go away once done. */
  announce: (message: string) => void;
}

export const MeetingActionsContext = createContext<MeetingActions>({
  refresh: () => Promise.resolve(),
  announce: () => undefined,
});

export function useMeetingActions(): MeetingActions {
  return useContext(MeetingActionsContext);
}
