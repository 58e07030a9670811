import { useQuery } from '@apollo/client/react';
import { SWOT_QUADRANTS, type SwotQuadrant } from '@piano2030/shared-domain';
import { useCurrentUser, useGraphQLLocale, type SwotItemFieldsFragment } from '@piano2030/web-core';
import { ErrorState, focusSoon, LoadingState, StatusMessage } from '@piano2030/web-ui';
import { Button } from 'design-react-kit';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AreaIndicatorsQueryDocument } from '../indicators/indicators.documents';
import { PublishSwotForm } from './publish-swot-form';
import {
  SwotActionsContext,
  swotItemId,
  swotWithdrawnId,
  useSwotActions,
  type SwotActions,
} from './swot-context';
import { SwotEditions } from './swot-editions';
import { AddSwotItemForm } from './swot-item-form';
import { SwotItemCard } from './swot-item-card';
import { AreaSwotQueryDocument } from './swot.documents';
import { useSwotStanding } from './use-swot-standing';
import '../shared/plain-text.css';
import './swot-section.css';

const STATUS_ORDER = { DRAFT: 0, PUBLISHED: 0, WITHDRAWN: 1 } as const;

/** Heaviest first; withdrawn items, which only insiders see, last. */
function byWeight(items: readonly SwotItemFieldsFragment[]): SwotItemFieldsFragment[] {
  return [...items].sort((a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || b.weight - a.weight);
}

/**
 * "Analisi SWOT": the four quadrants of an area, the editions the committee published, and for
 * committee members and engaged experts the forms that draft, change, withdraw and publish items.
 */
export function SwotSection({ areaCode }: { areaCode: string }) {
  const { t } = useTranslation();
  const locale = useGraphQLLocale();
  const { user } = useCurrentUser();
  const { data, error, refetch } = useQuery(AreaSwotQueryDocument, { variables: { areaCode } });
  // The same answer as the indicators section's: evidence links to the series shown on the page.
  const indicators = useQuery(AreaIndicatorsQueryDocument, { variables: { areaCode, locale } });
  const { canDraft, canPublish } = useSwotStanding(user, areaCode);
  const [announcement, setAnnouncement] = useState<string | null>(null);
  const series = indicators.data?.indicators;
  const actions = useMemo<SwotActions>(
    () => ({
      areaCode,
      canDraft,
      canPublish,
      series: (series ?? []).map(({ code, title }) => ({ code, title })),
      refresh: () => refetch().catch(() => undefined),
      announce: setAnnouncement,
    }),
    [areaCode, canDraft, canPublish, series, refetch],
  );
  const swot = data?.swot;

  return (
    <section aria-labelledby="swot-title" className="mt-5">
      <h2 id="swot-title">{t('context.swot.title')}</h2>
      <p>{t('context.swot.intro')}</p>
      {!swot && error && <ErrorState onRetry={() => void refetch()} />}
      {!swot && !error && <LoadingState />}
      {swot && (
        <SwotActionsContext.Provider value={actions}>
          <SwotEditions editions={swot.editions} />
          {swot.hasUnpublishedChanges && (
            <div className="swot-unpublished my-3 p-3 rounded">
              <p className="mb-0">{t('context.swot.unpublished')}</p>
              {canPublish && <PublishSwotForm />}
            </div>
          )}
          <StatusMessage message={announcement} />
          <div className="swot-grid mt-4">
            {SWOT_QUADRANTS.map((quadrant) => (
              <SwotQuadrantBox
                key={quadrant}
                quadrant={quadrant}
                items={byWeight(swot.items.filter((item) => item.quadrant === quadrant))}
              />
            ))}
          </div>
        </SwotActionsContext.Provider>
      )}
    </section>
  );
}

function SwotQuadrantBox({
  quadrant,
  items,
}: {
  quadrant: SwotQuadrant;
  items: readonly SwotItemFieldsFragment[];
}) {
  const { t } = useTranslation();
  const { canDraft } = useSwotActions();
  const [adding, setAdding] = useState(false);
  const titleId = `swot-${quadrant}-title`;
  const addId = `swot-${quadrant}-add`;
  const current = items.filter((item) => item.status !== 'WITHDRAWN');
  // Withdrawn items, which only insiders see, stay on record but out of the way.
  const withdrawn = items.filter((item) => item.status === 'WITHDRAWN');
  return (
    <section aria-labelledby={titleId} className={`swot-quadrant swot-quadrant-${quadrant}`}>
      <h3 id={titleId} className="h5 swot-quadrant-title">
        {t(`context.swot.quadrants.${quadrant}`)}
        <span className="swot-count">{t('context.swot.count', { count: current.length })}</span>
      </h3>
      <p className="small swot-quadrant-hint">{t(`context.swot.quadrantHints.${quadrant}`)}</p>
      {current.length ? (
        <ul className="list-unstyled mb-0 swot-items">
          {current.map((item) => (
            <SwotItemCard key={item.id} item={item} />
          ))}
        </ul>
      ) : (
        <p className="small mb-0">{t('context.swot.empty')}</p>
      )}
      {withdrawn.length > 0 && (
        <details className="swot-withdrawn-items">
          <summary id={swotWithdrawnId(quadrant)}>
            {t('context.swot.withdrawnItems', { count: withdrawn.length })}
          </summary>
          <ul className="list-unstyled mb-0 swot-items">
            {withdrawn.map((item) => (
              <SwotItemCard key={item.id} item={item} />
            ))}
          </ul>
        </details>
      )}
      {canDraft && !adding && (
        <Button
          id={addId}
          color="primary"
          outline
          size="sm"
          className="mt-3"
          onClick={() => {
            setAdding(true);
            focusSoon(`swot-add-${quadrant}-text`);
          }}
        >
          {t('context.swot.add')}
          <span className="visually-hidden"> – {t(`context.swot.quadrants.${quadrant}`)}</span>
        </Button>
      )}
      {canDraft && adding && (
        <AddSwotItemForm
          quadrant={quadrant}
          onDone={(added) => {
            setAdding(false);
            focusSoon(added ? swotItemId(added) : addId);
          }}
        />
      )}
    </section>
  );
}
