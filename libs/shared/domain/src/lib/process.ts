/** The phases of the process as the protocol sets them out (Art. 1, 2 and 6). */
export const PROCESS_PHASE_CODES = [
  'CONTEXT_ANALYSIS',
  'LISTENING',
  'PRIORITIES_AND_INTERVENTIONS',
  'ADOPTION',
  'PROMOTION',
  'MONITORING',
] as const;
export type ProcessPhaseCode = (typeof PROCESS_PHASE_CODES)[number];

export const PHASE_TIMING = ['PAST', 'CURRENT', 'UPCOMING'] as const;
export type PhaseTiming = (typeof PHASE_TIMING)[number];

/** Where a phase stands on a given day; dates are calendar days, inclusive at both ends. */
export function phaseTiming(startsOn: string, endsOn: string, today: string): PhaseTiming {
  if (today < startsOn) return 'UPCOMING';
  if (today > endsOn) return 'PAST';
  return 'CURRENT';
}

/** The two bodies that signed the protocol and designate the board's members in equal parts. */
export const PARTY_CODES = ['PROVINCIA_LUCCA', 'CCIAA_LUCCA'] as const;
export type PartyCode = (typeof PARTY_CODES)[number];

/** The process runs in Italy: "today" is the calendar day in Rome, whatever the server's zone. */
export function todayInItaly(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Rome' }).format(now);
}
