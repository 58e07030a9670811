import { FUNDING_SOURCES, type FundingSource } from './funding-sources';
import { toCents } from './intervention-content';
import { PLAN_YEARS } from './plan-horizon';

export const RESOURCE_GROUPINGS = ['AREA', 'SOURCE', 'YEAR', 'GUIDELINE'] as const;
export type ResourceGrouping = (typeof RESOURCE_GROUPINGS)[number];

/** One resource line of one intervention, with what it is classified under. */
export interface ResourceLine {
  interventionId: string;
  areaCode: string;
  guidelineCodes: readonly string[];
  year: number;
  source: FundingSource;
  amount: number;
}

export interface ResourceGroup {
  key: string;
  total: number;
  interventionCount: number;
  /** Every plan year, zeros included, so charts and tables line up across groups. */
  byYear: { year: number; total: number }[];
  /** Every source, zeros included, in the order of FUNDING_SOURCES. */
  bySource: { source: FundingSource; total: number }[];
}

export interface ResourceSummary {
  groupBy: ResourceGrouping;
  total: number;
  interventionCount: number;
  groups: ResourceGroup[];
}

const keysOf: Readonly<Record<ResourceGrouping, (line: ResourceLine) => readonly string[]>> = {
  AREA: (line) => [line.areaCode],
  SOURCE: (line) => [line.source],
  YEAR: (line) => [String(line.year)],
  // A code listed twice on one intervention still counts its money once under that guideline.
  GUIDELINE: (line) => [...new Set(line.guidelineCodes)],
};

/** Codes like PS1.10 come after PS1.9, and years in numeric order. */
const byKey = (a: string, b: string) => a.localeCompare(b, 'en', { numeric: true });

class Tally {
  cents = 0;
  readonly interventions = new Set<string>();
  readonly yearCents = new Map<number, number>();
  readonly sourceCents = new Map<FundingSource, number>();

  add(line: ResourceLine, cents: number): void {
    this.cents += cents;
    this.interventions.add(line.interventionId);
    this.yearCents.set(line.year, (this.yearCents.get(line.year) ?? 0) + cents);
    this.sourceCents.set(line.source, (this.sourceCents.get(line.source) ?? 0) + cents);
  }

  group(key: string): ResourceGroup {
    return {
      key,
      total: this.cents / 100,
      interventionCount: this.interventions.size,
      byYear: PLAN_YEARS.map((year) => ({ year, total: (this.yearCents.get(year) ?? 0) / 100 })),
      bySource: FUNDING_SOURCES.map((source) => ({
        source,
        total: (this.sourceCents.get(source) ?? 0) / 100,
      })),
    };
  }
}

/**
 * The plan's resources grouped by area, source, year or guideline, summed in whole cents. Under
 * GUIDELINE an intervention serving several guidelines counts in full under each, so the groups
 * may add up to more than `total`, which counts every line once.
 */
export function summariseResources(
  lines: readonly ResourceLine[],
  groupBy: ResourceGrouping,
): ResourceSummary {
  const overall = new Tally();
  const groups = new Map<string, Tally>();
  for (const line of lines) {
    const cents = toCents(line.amount);
    overall.add(line, cents);
    for (const key of keysOf[groupBy](line)) {
      let tally = groups.get(key);
      if (!tally) groups.set(key, (tally = new Tally()));
      tally.add(line, cents);
    }
  }
  return {
    groupBy,
    total: overall.cents / 100,
    interventionCount: overall.interventions.size,
    groups: [...groups.keys()].sort(byKey).map((key) => (groups.get(key) as Tally).group(key)),
  };
}
