/** The id of a series' card on an area page: SWOT evidence links to it as `#indicatore-<code>`. */
export const indicatorAnchor = (code: string) => `indicatore-${code}`;

/** The series code a location hash points at, if any. */
export function seriesCodeOf(hash: string): string | null {
  const match = /^#indicatore-(.+)$/.exec(hash);
  return match ? decodeURIComponent(match[1]) : null;
}
