import type { DispositionRow } from '../disposition-rows';
import type { DispositionModel } from './disposition.model';

/**
 * An answer as the caller may read it. `committee`: the caller answers contributions, and so also
 * sees what an answer links to while that is still a draft (outsiders get no link then).
 */
export function toDispositionModel(row: DispositionRow, committee: boolean): DispositionModel {
  const intervention = row.intervention && (committee || !row.intervention.draft) ? row.intervention : null;
  const swotItem = row.swotItem && (committee || !row.swotItem.draft) ? row.swotItem : null;
  return {
    contributionId: row.contributionId,
    outcome: row.outcome,
    reasons: row.reasons,
    status: row.publishedAt ? 'PUBLISHED' : 'PREPARED',
    official: row.publishedAt !== null,
    version: row.version,
    preparedAt: row.preparedAt,
    publishedAt: row.publishedAt,
    intervention: intervention && {
      id: intervention.id,
      reference: intervention.reference,
      title: intervention.title,
    },
    interventionVersion: intervention ? row.interventionVersion : null,
    swotItem: swotItem && {
      id: swotItem.id,
      areaCode: swotItem.areaCode,
      quadrant: swotItem.quadrant,
      text: swotItem.text,
    },
    swotItemVersion: swotItem ? row.swotItemVersion : null,
  };
}

/** Whether the caller must be of the committee to read this answer as it is. */
export function needsCommittee(row: DispositionRow): boolean {
  return !row.publishedAt || !!row.intervention?.draft || !!row.swotItem?.draft;
}
