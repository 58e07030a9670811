import type { EntityManager } from 'typeorm';
import { InvalidInputError } from '@piano2030/api-core';
import type { SwotEvidence } from '@piano2030/shared-domain';
import type { SwotEvidenceInput } from './dto/swot.inputs';
import type { IndicatorsService } from './indicators.service';

/**
 * Evidence must point at something real: an indicator series that exists, a web address. A
 * contribution can be cited once consultations exist; until then such a link is refused.
 */
export async function checkedEvidence(
  manager: EntityManager,
  indicators: IndicatorsService,
  evidence: readonly SwotEvidenceInput[],
): Promise<SwotEvidence[]> {
  const errors: Record<string, string[]> = {};
  const unknown = await indicators.unknownCodes(
    manager,
    evidence.filter((e) => e.kind === 'INDICATOR').map((e) => e.reference),
  );
  evidence.forEach((e, i) => {
    const field = `evidence.${i}.reference`;
    if (e.kind === 'INDICATOR' && unknown.includes(e.reference))
      errors[field] = [`${e.reference} is not an indicator series`];
    if (e.kind === 'DOCUMENT' && !isWebAddress(e.reference))
      errors[field] = ['a document must be an http or https address'];
    if (e.kind === 'CONTRIBUTION')
      errors[field] = ['contributions can be cited once the public consultation is open'];
  });
  if (Object.keys(errors).length) throw new InvalidInputError(errors);
  return evidence.map((e) => ({ kind: e.kind, reference: e.reference, label: e.label || null }));
}

function isWebAddress(text: string): boolean {
  try {
    const url = new URL(text);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.includes('.');
  } catch {
    return false;
  }
}
