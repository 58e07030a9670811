import type { SwotQuadrant } from '@piano2030/shared-domain';
import type { SearchHitFieldsFragment } from '@piano2030/web-core';
import { FormattedDate } from '@piano2030/web-ui';
import { Badge } from 'design-react-kit';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { HighlightedText } from './highlighted-text';
import { hitPath } from './hit-path';
import { useFacetLabels, useStatusLabel } from './use-facet-labels';

/** One result: what it is, where it belongs, the excerpt with the matching words marked. */
export function SearchHit({ hit }: { hit: SearchHitFieldsFragment }) {
  const { t } = useTranslation();
  const statusLabel = useStatusLabel();
  const labels = useFacetLabels();
  // A SWOT item has no title of its own: its quadrant and area say what it is.
  const title =
    hit.type === 'SWOT_ITEM' && hit.quadrant
      ? `${t(`context.swot.quadrants.${hit.quadrant as SwotQuadrant}`)} · ${labels.areaCodes(hit.areaCodes[0] ?? '')}`
      : hit.title;
  return (
    <li className="search-hit border-bottom py-3">
      <p className="mb-1 small">
        <Badge color="primary" className="me-2">
          {t(`search.types.${hit.type}`)}
        </Badge>
        {hit.kind && <span className="me-2">{t(`search.kinds.${hit.kind}`)}</span>}
        {hit.quadrant && (
          <span className="me-2">{t(`context.swot.quadrants.${hit.quadrant as SwotQuadrant}`)}</span>
        )}
        <span className="text-secondary">{hit.areaCodes.join(', ')}</span>
      </p>
      <h3 className="h5 mb-1">
        <Link to={hitPath(hit)}>{title}</Link>
      </h3>
      <p className="mb-1">
        <HighlightedText segments={hit.excerpt} />
      </p>
      <p className="mb-0 small text-secondary">
        {hit.category && <>{t(`participants.categories.${hit.category}`)} · </>}
        {statusLabel(hit.status)} · <FormattedDate value={hit.createdAt} />
      </p>
    </li>
  );
}
