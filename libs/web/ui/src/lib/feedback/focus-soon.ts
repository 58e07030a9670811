/**
 * Moves focus once React has drawn the answer of an action. Used when the control just pressed goes
 * away with the new state (an opened meeting has no "open" button): focus would otherwise fall back
 * to the page body, and keyboard users would start again from the top.
 */
export function focusSoon(id: string): void {
  setTimeout(() => document.getElementById(id)?.focus(), 0);
}
