/** What the search finds: public contributions, published interventions and SWOT items. */
export const SEARCH_ITEM_TYPES = ['CONTRIBUTION', 'INTERVENTION', 'SWOT_ITEM'] as const;
export type SearchItemType = (typeof SEARCH_ITEM_TYPES)[number];

/** A contribution's place in the status facet before the committee's answer is published. */
export const AWAITING_ANSWER = 'AWAITING_ANSWER';

export const SEARCH_LIMITS = {
  queryMin: 2,
  queryMax: 200,
  /** Of a draft contribution, for the suggestions shown while writing. */
  draftMin: 20,
  draftMax: 5_000,
  pageSize: 20,
  similarMax: 10,
  /** Hits skipped at most: ranked results past this are better reached by narrowing the query. */
  offsetMax: 1_000,
} as const;

/** A piece of an excerpt, marked when it matched the query: clients render marks, never markup. */
export interface TextSegment {
  text: string;
  match: boolean;
}

/**
 * Splits a highlighted excerpt at the markers the database put around matches. The markers are
 * control characters, which contribution bodies and titles never contain (the API refuses them),
 * so a body cannot forge a highlight.
 */
export function highlightSegments(excerpt: string, start: string, stop: string): TextSegment[] {
  const segments: TextSegment[] = [];
  for (const [index, piece] of excerpt.split(start).entries()) {
    const [matched, rest] = index === 0 ? [null, piece] : splitOnce(piece, stop);
    if (matched) segments.push({ text: matched, match: true });
    if (rest) segments.push({ text: rest, match: false });
  }
  return segments;
}

function splitOnce(text: string, separator: string): [string, string] {
  const at = text.indexOf(separator);
  return at < 0 ? [text, ''] : [text.slice(0, at), text.slice(at + separator.length)];
}
