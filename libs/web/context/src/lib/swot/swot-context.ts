import { createContext, useContext } from 'react';

/** A series the evidence of an item can cite, as the area page shows it. */
export interface SeriesChoice {
  code: string;
  title: string;
}

export interface SwotActions {
  areaCode: string;
  /** May draft items and change drafts (committee members, experts within their engagement). */
  canDraft: boolean;
  /** May publish, withdraw and change published items (committee members). */
  canPublish: boolean;
  /** The series on the page, which indicator evidence links to. */
  series: readonly SeriesChoice[];
  /** Reloads the analysis after an action, or after a refusal over a stale version. */
  refresh: () => Promise<unknown>;
  /** Says something in the section's live region, for actions whose controls go away once done. */
  announce: (message: string) => void;
}

export const SwotActionsContext = createContext<SwotActions>({
  areaCode: '',
  canDraft: false,
  canPublish: false,
  series: [],
  refresh: () => Promise.resolve(),
  announce: () => undefined,
});

export function useSwotActions(): SwotActions {
  return useContext(SwotActionsContext);
}

/** Where focus lands after an action on an item: the item itself. */
export const swotItemId = (id: string) => `swot-item-${id}`;

/** The line that says which edition is public: where focus lands after publishing. */
export const SWOT_EDITION_ID = 'swot-edition';

/** The fold of a quadrant's withdrawn items: where focus lands once an item is withdrawn. */
export const swotWithdrawnId = (quadrant: string) => `swot-${quadrant}-withdrawn`;
