/**
 * A consultation is prepared (DRAFT), announced with its dates (SCHEDULED), takes contributions
 * (OPEN), stops taking them (CLOSED), and ends when its results report is public (REPORT_PUBLISHED).
 */
export const CONSULTATION_STATUSES = ['DRAFT', 'SCHEDULED', 'OPEN', 'CLOSED', 'REPORT_PUBLISHED'] as const;
export type ConsultationStatus = (typeof CONSULTATION_STATUSES)[number];

/** Who may take part: any registered person, only verified organisations, or only those invited. */
export const PARTICIPATION_MODES = ['REGISTERED', 'ORGANISATIONS', 'INVITED'] as const;
export type ParticipationMode = (typeof PARTICIPATION_MODES)[number];

const NEXT: Readonly<Record<ConsultationStatus, ConsultationStatus | null>> = {
  DRAFT: 'SCHEDULED',
  SCHEDULED: 'OPEN',
  OPEN: 'CLOSED',
  CLOSED: 'REPORT_PUBLISHED',
  REPORT_PUBLISHED: null,
};

/** Null when a consultation in `from` may move to `to`; else why not. Only forward, one step at a time. */
export function consultationTransitionRefusal(
  from: ConsultationStatus,
  to: ConsultationStatus,
): string | null {
  if (from === to) return `the consultation is already ${to}`;
  const next = NEXT[from];
  if (next === to) return null;
  return next ? `a consultation in ${from} can only move to ${next}` : `a consultation in ${from} is final`;
}

/** The document can still be changed before anyone has taken part; once open, it is the public record. */
export function isDocumentEditable(status: ConsultationStatus): boolean {
  return status === 'DRAFT' || status === 'SCHEDULED';
}

/** Drafts are the committee's work; from SCHEDULED on, a consultation is public. */
export function isConsultationPublic(status: ConsultationStatus): boolean {
  return status !== 'DRAFT';
}
