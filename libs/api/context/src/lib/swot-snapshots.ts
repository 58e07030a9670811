import type { SwotItemSnapshot } from '@piano2030/shared-domain';
import type { SwotItemEntity } from './entities/swot-item.entity';
import type { SwotPublicationEntity } from './entities/swot-publication.entity';

export const snapshotOf = (item: SwotItemEntity): SwotItemSnapshot => ({
  quadrant: item.quadrant,
  text: item.text,
  weight: item.weight,
  evidence: item.evidence.map((e) => ({ kind: e.kind, reference: e.reference, label: e.label })),
  status: item.status,
});

/**
 * Whether publishing would change what the public sees: a draft waiting, or a published item
 * changed or withdrawn since the last edition (whose item versions it recorded).
 */
export function unpublishedChanges(
  items: readonly SwotItemEntity[],
  last: Pick<SwotPublicationEntity, 'items'> | null,
): boolean {
  if (items.some((i) => i.status === 'DRAFT')) return true;
  const published = new Map((last?.items ?? []).map((entry) => [entry.itemId, entry.version]));
  const current = items.filter((i) => i.status === 'PUBLISHED');
  return current.length !== published.size || current.some((i) => published.get(i.id) !== i.version);
}
