/** Steps an axis may take within each power of ten: 1, 2, 2.5 and 5 read easily. */
const NICE = [1, 2, 2.5, 5];

export interface NiceScale {
  min: number;
  max: number;
  ticks: number[];
}

/**
 * Four or five round ticks covering `low`..`high`. The axis starts at zero unless the values lie far
 * from it (their distance from zero more than twice their spread, as for a population that moves
 * by a few percent), or `zero` is `'always'`, as bars need.
 */
export function niceScale(low: number, high: number, zero: 'auto' | 'always' = 'auto'): NiceScale {
  if (!Number.isFinite(low) || !Number.isFinite(high)) return { min: 0, max: 1, ticks: [0, 1] };
  let lo = Math.min(low, high);
  let hi = Math.max(low, high);
  const spread = hi - lo;
  const farFromZero = spread > 0 && (lo > 2 * spread || -hi > 2 * spread);
  if (zero === 'always' || !farFromZero) {
    lo = Math.min(lo, 0);
    hi = Math.max(hi, 0);
  }
  // Zeros alone: an axis from 0 to 1.
  if (hi === lo) hi = 1;
  for (let power = Math.floor(Math.log10((hi - lo) / 5)); ; power += 1) {
    for (const nice of NICE) {
      const step = nice * 10 ** power;
      const min = Math.floor(lo / step + 1e-9) * step;
      const max = Math.ceil(hi / step - 1e-9) * step;
      const count = Math.round((max - min) / step) + 1;
      if (count <= 5) {
        const ticks = Array.from({ length: count }, (_, index) => round(min + index * step));
        return { min: ticks[0], max: ticks[count - 1], ticks };
      }
    }
  }
}

/** Clears the float noise of repeated steps (0.1 × 3 = 0.30000000000000004). */
function round(value: number): number {
  return Number(value.toPrecision(12));
}

/** Where `value` falls between `from` and `to` (pixels) on an axis running `min`..`max`. */
export function linear(min: number, max: number, from: number, to: number): (value: number) => number {
  const span = max - min || 1;
  return (value) => from + ((value - min) / span) * (to - from);
}

/** A rough width in pixels of a text in the charts' font (Titillium Web is narrow: about 0.55 em). */
export function textWidth(text: string, fontSize: number): number {
  return text.length * fontSize * 0.55;
}

/**
 * Which of `count` evenly spaced labels to show so none overlap: every n-th, counted back from the
 * last, so the latest period is always labelled.
 */
export function labelEvery(count: number, spacing: number, widest: number): (index: number) => boolean {
  const every = Math.max(1, Math.ceil((widest + 8) / Math.max(spacing, 1)));
  return (index) => (count - 1 - index) % every === 0;
}
