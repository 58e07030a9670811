/** The API's list order is not part of its contract; `position` is, so lists are shown in that order. */
export function byPosition<T extends { position: number }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => a.position - b.position);
}
