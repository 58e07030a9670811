import { SWOT_LIMITS, type EvidenceKind, type SwotQuadrant } from '@piano2030/shared-domain';
import type { FieldErrors, SwotItemFieldsFragment } from '@piano2030/web-core';
import type { TFunction } from 'i18next';

/** One row of the evidence list as the form holds it; `key` keeps React's rows apart. */
export interface EvidenceDraft {
  key: string;
  kind: EvidenceKind;
  reference: string;
  label: string;
}

/** An item's content as its form holds it. */
export interface SwotDraft {
  quadrant: SwotQuadrant;
  text: string;
  weight: number;
  evidence: EvidenceDraft[];
}

/** What the API takes, from the form's draft. */
export interface SwotContent {
  quadrant: SwotQuadrant;
  text: string;
  weight: number;
  evidence: { kind: EvidenceKind; reference: string; label: string | null }[];
}

/** A SWOT item's content as the API returns it (the item itself, or a conflict's `current`). */
export type SwotSnapshot = Pick<SwotItemFieldsFragment, 'quadrant' | 'text' | 'weight' | 'evidence'>;

let rows = 0;
export const evidenceRow = (kind: EvidenceKind = 'INDICATOR', reference = '', label = ''): EvidenceDraft => {
  rows += 1;
  return { key: `evidence-row-${rows}`, kind, reference, label };
};

export function emptyDraft(quadrant: SwotQuadrant): SwotDraft {
  return { quadrant, text: '', weight: 3, evidence: [] };
}

export function draftOf(item: SwotSnapshot): SwotDraft {
  return {
    quadrant: item.quadrant,
    text: item.text,
    weight: item.weight,
    evidence: item.evidence.map((e) => evidenceRow(e.kind, e.reference, e.label ?? '')),
  };
}

export function contentOf(draft: SwotDraft): SwotContent {
  return {
    quadrant: draft.quadrant,
    text: draft.text.trim(),
    weight: draft.weight,
    evidence: draft.evidence.map((e) => ({
      kind: e.kind,
      reference: e.reference.trim(),
      label: e.label.trim() || null,
    })),
  };
}

const FIELDS = ['quadrant', 'text', 'weight', 'evidence'] as const;

/** Only what the person changed, so a change re-applied after a conflict keeps the others' changes. */
export function changedFields(before: SwotDraft, after: SwotDraft): Partial<SwotContent> {
  const [from, to] = [contentOf(before), contentOf(after)];
  return Object.fromEntries(
    FIELDS.filter((field) => JSON.stringify(from[field]) !== JSON.stringify(to[field])).map((field) => [
      field,
      to[field],
    ]),
  );
}

/** The rule shown by a field that the form's checks or the API refuse, in the reader's language. */
export function swotRules(t: TFunction): Record<string, string> {
  const L = SWOT_LIMITS;
  return {
    quadrant: t('context.swot.checks.quadrant'),
    text: t('context.swot.checks.text', { min: L.textMinLength, max: L.textMaxLength }),
    weight: t('context.swot.checks.weight', { min: L.weightMin, max: L.weightMax }),
    evidence: t('context.swot.checks.evidenceCount', { max: L.evidenceMax }),
    'evidence.*.reference': t('context.swot.checks.reference'),
    'evidence.*.label': t('context.swot.checks.label', { max: L.labelMaxLength }),
    reason: t('context.swot.checks.reason', { max: L.reasonMaxLength }),
  };
}

export function isWebAddress(text: string): boolean {
  try {
    const url = new URL(text);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.includes('.');
  } catch {
    return false;
  }
}

/** The form's own checks, the API's rules: most mistakes are caught before a round trip. */
export function checkDraft(
  draft: SwotDraft,
  t: TFunction,
  reason?: { value: string; required: boolean },
): FieldErrors {
  const L = SWOT_LIMITS;
  const rule = swotRules(t);
  const content = contentOf(draft);
  const errors: FieldErrors = {};
  if (content.text.length < L.textMinLength || content.text.length > L.textMaxLength)
    errors.text = [rule.text];
  if (content.weight < L.weightMin || content.weight > L.weightMax) errors.weight = [rule.weight];
  if (content.evidence.length > L.evidenceMax) errors.evidence = [rule.evidence];
  content.evidence.forEach((evidence, index) => {
    if (evidence.kind === 'INDICATOR' && !evidence.reference)
      errors[`evidence.${index}.reference`] = [t('context.swot.checks.indicator')];
    if (evidence.kind === 'DOCUMENT' && !isWebAddress(evidence.reference))
      errors[`evidence.${index}.reference`] = [t('context.swot.checks.document')];
    if (evidence.kind === 'CONTRIBUTION' && !evidence.reference)
      errors[`evidence.${index}.reference`] = [rule['evidence.*.reference']];
    if ((evidence.label ?? '').length > L.labelMaxLength)
      errors[`evidence.${index}.label`] = [rule['evidence.*.label']];
  });
  if (reason) {
    const length = reason.value.trim().length;
    if ((reason.required && length === 0) || length > L.reasonMaxLength) errors.reason = [rule.reason];
  }
  return errors;
}

/** The field ids of the form `prefix`, for labels, the error summary's links and focus. */
export const swotFieldId = (prefix: string, field: string) => `${prefix}-${field.replace(/\./g, '-')}`;
