export interface FormatNumberOptions {
  /**
   * `true` (or `'short'`) shortens millions and billions for axes and labels ("4,3 mld"); `'long'`
   * spells them out for screen readers ("4,3 miliardi"). Smaller numbers are always written in full.
   */
  compact?: boolean | 'short' | 'long';
  /** Decimals at most; 3 by default when exact, 1 when compact. */
  maximumFractionDigits?: number;
}

/** Short words for millions and billions: the usual ones in each language, not CLDR's ("Mld", "B"). */
const SHORT_SCALES: Record<string, [billion: string, million: string]> = {
  it: ['mld', 'mln'],
  en: ['bn', 'm'],
};

/**
 * A number as the language writes it, thousands always grouped: Italian groups "9.922" too, which
 * Intl leaves as "9922" by default.
 */
export function formatNumber(value: number, locale: string, options: FormatNumberOptions = {}): string {
  const compact = options.compact === true ? 'short' : options.compact || undefined;
  const digits = options.maximumFractionDigits ?? (compact ? 1 : 3);
  if (compact && Math.abs(value) >= 1e6) {
    const scales = SHORT_SCALES[locale.slice(0, 2)];
    if (compact === 'short' && scales) {
      const [divisor, word] = Math.abs(value) >= 1e9 ? [1e9, scales[0]] : [1e6, scales[1]];
      return `${grouped(locale, digits).format(value / divisor)} ${word}`;
    }
    return new Intl.NumberFormat(locale, {
      notation: 'compact',
      compactDisplay: compact,
      maximumFractionDigits: digits,
    }).format(value);
  }
  return grouped(locale, digits).format(value);
}

function grouped(locale: string, maximumFractionDigits: number): Intl.NumberFormat {
  return new Intl.NumberFormat(locale, { maximumFractionDigits, useGrouping: 'always' });
}

/**
 * Labels for an axis' ticks, all shortened alike (0, "0,5 mld", "1 mld") and with only the decimals
 * the step needs, so neighbouring ticks never round to the same text.
 */
export function formatTicks(ticks: readonly number[], locale: string): string[] {
  const largest = Math.max(0, ...ticks.map(Math.abs));
  const scales = SHORT_SCALES[locale.slice(0, 2)] ?? SHORT_SCALES['en'];
  const [divisor, word] = largest >= 1e9 ? [1e9, scales[0]] : largest >= 1e6 ? [1e6, scales[1]] : [1, ''];
  const scaled = ticks.map((tick) => tick / divisor);
  const digits = [0, 1, 2, 3].find((d) => scaled.every((v) => isWhole(v * 10 ** d))) ?? 3;
  const format = grouped(locale, digits);
  return scaled.map((value) =>
    value === 0 || !word ? format.format(value) : `${format.format(value)} ${word}`,
  );
}

function isWhole(value: number): boolean {
  return Math.abs(value - Math.round(value)) < 1e-6;
}
