import { quarterBounds, quarterLabel, quarterOf, type Quarter } from '@piano2030/shared-domain';

interface DatedPhase {
  code: string;
  position: number;
  startsOn: string;
  endsOn: string;
}

export interface QuarterSlot<P> extends Quarter {
  label: string;
  startsOn: string;
  endsOn: string;
  /** The quarter's plan, if it has one. */
  plan: P | null;
}

export interface QuarterSlots<P> {
  slots: QuarterSlot<P>[];
  /** The day the Piano is due: the end of its adoption phase. */
  deadline: string | null;
}

/** The protocol sets the Piano's deadline as the end of its adoption; without that phase, the last one. */
export function planDeadline(phases: readonly DatedPhase[]): string | null {
  const ordered = [...phases].sort((a, b) => a.position - b.position);
  return (phases.find((phase) => phase.code === 'ADOPTION') ?? ordered.at(-1))?.endsOn ?? null;
}

const index = ({ year, quarter }: Quarter) => year * 4 + (quarter - 1);
const fromIndex = (value: number): Quarter => ({ year: Math.floor(value / 4), quarter: (value % 4) + 1 });

/**
 * Every quarter from the start of the process (or the first plan, if earlier) up to the Piano's
 * deadline (or the last plan, if later), each with its plan when there is one.
 */
export function quarterSlots<P extends Quarter>(
  phases: readonly DatedPhase[],
  plans: readonly P[],
): QuarterSlots<P> {
  const deadline = planDeadline(phases);
  const starts = phases.map((phase) => index(quarterOf(phase.startsOn)));
  const planIndexes = plans.map(index);
  const ends = [...(deadline ? [index(quarterOf(deadline))] : []), ...planIndexes];
  const firsts = [...starts, ...planIndexes];
  if (firsts.length === 0 || ends.length === 0) return { slots: [], deadline };
  const first = Math.min(...firsts);
  const last = Math.max(...ends);
  const slots: QuarterSlot<P>[] = [];
  for (let at = first; at <= last; at++) {
    const quarter = fromIndex(at);
    slots.push({
      ...quarter,
      label: quarterLabel(quarter),
      ...quarterBounds(quarter),
      plan: plans.find((plan) => index(plan) === at) ?? null,
    });
  }
  return { slots, deadline };
}
