export type MarkerShape = 'circle' | 'square' | 'diamond' | 'triangle' | 'triangle-down' | 'cross';

export interface ChartColour {
  /** A CSS colour: the kit's variable, with its value as fallback. Use it in `style`, not attributes. */
  color: string;
  /** `stroke-dasharray` of a line series; solid for the first. */
  dash?: string;
  marker: MarkerShape;
}

/**
 * Six series colours from Bootstrap Italia, in an order that keeps neighbours apart for the common
 * colour blindnesses (blue, ochre, teal, navy, red, grey differ in lightness as well as hue), each
 * at least 3:1 against white. Lines add a dash pattern and a marker shape, so colour is never the
 * only difference.
 */
export const chartPalette: readonly ChartColour[] = [
  { color: 'var(--bs-primary, #0066cc)', marker: 'circle' },
  { color: 'var(--bs-orange, #995c00)', dash: '8 4', marker: 'square' },
  { color: 'var(--bs-teal, #089b96)', dash: '2 3', marker: 'diamond' },
  { color: 'var(--bs-dark, #17324d)', dash: '10 3 2 3', marker: 'triangle' },
  { color: 'var(--bs-danger, #cc334d)', dash: '4 4', marker: 'triangle-down' },
  { color: 'var(--bs-gray-600, #525252)', dash: '12 3 2 3 2 3', marker: 'cross' },
];

/** The palette entry for the n-th series, cycling past six. */
export function seriesColour(index: number): ChartColour {
  return chartPalette[index % chartPalette.length];
}
