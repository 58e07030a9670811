import {
  EVIDENCE_KINDS,
  SWOT_QUADRANTS,
  type EvidenceKind,
  type SwotQuadrant,
} from '@piano2030/shared-domain';
import { readApiError } from '@piano2030/web-core';
import { feedbackFromError, type ActionFeedback } from '@piano2030/web-ui';
import type { TFunction } from 'i18next';
import type { SwotSnapshot } from './swot-draft';

export interface SwotChangeFeedback {
  feedback: ActionFeedback;
  /** After a refusal over a stale version: the item as it now stands, with its version. */
  current: (SwotSnapshot & { version: number }) | null;
}

/** A conflict's `current`, checked field by field: the API's extensions are untyped JSON. */
function currentOf(value: Record<string, unknown> | undefined): SwotChangeFeedback['current'] {
  if (!value || typeof value.version !== 'number' || typeof value.text !== 'string') return null;
  const quadrant = SWOT_QUADRANTS.find((q) => q === value.quadrant);
  if (!quadrant || typeof value.weight !== 'number' || !Array.isArray(value.evidence)) return null;
  const evidence = value.evidence.flatMap((entry: unknown) => {
    const e = entry as { kind?: unknown; reference?: unknown; label?: unknown };
    const kind = EVIDENCE_KINDS.find((k) => k === e.kind);
    return kind && typeof e.reference === 'string'
      ? [
          {
            __typename: 'SwotEvidence' as const,
            kind: kind as EvidenceKind,
            reference: e.reference,
            label: typeof e.label === 'string' ? e.label : null,
          },
        ]
      : [];
  });
  return {
    version: value.version,
    quadrant: quadrant as SwotQuadrant,
    text: value.text,
    weight: value.weight,
    evidence,
  };
}

/**
 * What a refused change to an item shows. A stale version gets its own sentence, since it is not
 * the person's mistake, and brings the item as it now stands so the form can show it.
 */
export function swotChangeFeedback(
  error: unknown,
  t: TFunction,
  fieldRules: Readonly<Record<string, string>> = {},
): SwotChangeFeedback {
  const apiError = readApiError(error);
  const feedback = feedbackFromError(apiError, t, fieldRules);
  const current = apiError.code === 'CONFLICT' ? currentOf(apiError.current) : null;
  return current
    ? {
        feedback: { ...feedback, lead: t('context.swot.conflict.lead', { version: current.version }) },
        current,
      }
    : { feedback, current: null };
}
