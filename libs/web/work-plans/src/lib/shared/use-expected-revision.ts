import { useState } from 'react';

/**
 * The revision a change is made against. A form filled in from the record holds the revision it
 * was filled from; an empty one holds it from the first keystroke. Until then it follows the page,
 * which live updates keep current. After a stale-revision refusal the form catches up with the
 * revision the API reported, so sending again (once the person has seen the reload) goes through.
 */
export function useExpectedRevision(live: number, { heldFromStart = false } = {}) {
  const [held, setHeld] = useState<number | null>(heldFromStart ? live : null);
  return {
    expected: held ?? live,
    hold: () => setHeld((current) => current ?? live),
    catchUp: (revision: number) => setHeld(revision),
    release: () => setHeld(null),
  };
}
