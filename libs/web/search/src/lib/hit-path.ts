import { paths, type SearchHitFieldsFragment } from '@piano2030/web-core';

/** Where a hit lives: a contribution in its consultation's thread, an intervention, a SWOT item on its area page. */
export function hitPath(
  hit: Pick<SearchHitFieldsFragment, 'type' | 'id' | 'consultationId' | 'areaCodes'>,
): string {
  switch (hit.type) {
    case 'CONTRIBUTION':
      return `${paths.consultation(hit.consultationId ?? '')}#contributo-${hit.id}`;
    case 'INTERVENTION':
      return paths.intervention(hit.id);
    case 'SWOT_ITEM':
      return `${paths.area(hit.areaCodes[0] ?? '')}#swot`;
  }
}
