import { createContext, useContext } from 'react';

export interface WorkPlanActions {
  /**
   * Reloads the plan. Every action calls it after it succeeds or meets a stale revision; live
   * events call it when somebody else changed the plan. Forms keep their own state, so a reload
   * never overwrites what someone is typing.
   */
  refresh: () => Promise<unknown>;
  /** Says something in the page's own live region, for actions whose controls go away once done. */
  announce: (message: string) => void;
}

export const WorkPlanActionsContext = createContext<WorkPlanActions>({
  refresh: () => Promise.resolve(),
  announce: () => undefined,
});

export function useWorkPlanActions(): WorkPlanActions {
  return useContext(WorkPlanActionsContext);
}

/** The plan's status line: where focus lands after a step that changes the status. */
export const PLAN_STATUS_ID = 'work-plan-status';
