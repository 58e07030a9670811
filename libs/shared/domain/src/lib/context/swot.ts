/** The four quadrants of a SWOT analysis: the present (strengths, weaknesses), then the decade ahead. */
export const SWOT_QUADRANTS = ['STRENGTH', 'WEAKNESS', 'OPPORTUNITY', 'THREAT'] as const;
export type SwotQuadrant = (typeof SWOT_QUADRANTS)[number];

/** An item is drafted, published by the committee, and may later be withdrawn with a reason. */
export const SWOT_ITEM_STATUSES = ['DRAFT', 'PUBLISHED', 'WITHDRAWN'] as const;
export type SwotItemStatus = (typeof SWOT_ITEM_STATUSES)[number];

/** What backs an item: one of the indicator series, a document on the web, or (with consultations) a contribution. */
export const EVIDENCE_KINDS = ['INDICATOR', 'DOCUMENT', 'CONTRIBUTION'] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

/** A type, not an interface, so it can travel as JSON (audit rows, jsonb). */
export type SwotEvidence = {
  kind: EvidenceKind;
  /** The indicator series code, the document URL or the contribution id. */
  reference: string;
  label: string | null;
};

export const SWOT_LIMITS = {
  textMinLength: 3,
  textMaxLength: 2000,
  weightMin: 1,
  weightMax: 5,
  evidenceMax: 10,
  labelMaxLength: 200,
  reasonMaxLength: 1000,
} as const;

/** The content a version of an item freezes; diffs compare two of these. */
export type SwotItemSnapshot = {
  quadrant: SwotQuadrant;
  text: string;
  weight: number;
  evidence: SwotEvidence[];
  status: SwotItemStatus;
};

export function describeEvidence(evidence: SwotEvidence): string {
  return [evidence.kind, evidence.reference, evidence.label].filter(Boolean).join(' · ');
}
