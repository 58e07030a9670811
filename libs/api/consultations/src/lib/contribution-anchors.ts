import { InvalidInputError } from '@piano2030/api-core';
import type { ContributionAnchorInput } from './dto/contribution.inputs';
import type { ConsultationEntity } from './entities/consultation.entity';

/** "3", "3.2", "obiettivi-1": a paragraph of the consultation document, as the page numbers them. */
const PARAGRAPH = /^[\p{L}\p{N}][\p{L}\p{N}._-]*$/u;

/** A contribution may point at what the consultation is about: one of its interventions or SWOT items, or a paragraph. */
export function checkAnchor(consultation: ConsultationEntity, anchor: ContributionAnchorInput): void {
  const inScope = {
    INTERVENTION: () => consultation.interventionIds.includes(anchor.ref),
    SWOT_ITEM: () => consultation.swotItemIds.includes(anchor.ref),
    PARAGRAPH: () => PARAGRAPH.test(anchor.ref),
  }[anchor.kind];
  if (inScope()) return;
  throw InvalidInputError.field(
    'anchor',
    anchor.kind === 'PARAGRAPH'
      ? 'anchor.ref must name a paragraph of the document, such as "3.2"'
      : `anchor.ref must be one of the consultation's ${anchor.kind === 'INTERVENTION' ? 'interventions' : 'SWOT items'}`,
  );
}
