import { useQuery } from '@apollo/client/react';
import { useGraphQLLocale } from '@piano2030/web-core';
import { ErrorState, focusSoon, LoadingState } from '@piano2030/web-ui';
import { Button, Icon } from 'design-react-kit';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router-dom';
import { indicatorAnchor, seriesCodeOf } from './indicator-anchor';
import { IndicatorCard, type Series } from './indicator-card';
import { AreaIndicatorsQueryDocument } from './indicators.documents';
import './indicators.css';

const CROSS_CUTTING_LIST_ID = 'cross-cutting-indicators';

/**
 * "Indicatori di contesto": the area's own series, then under a heading of their own the
 * cross-cutting ones, which every area shares and which stay folded until asked for. A link to a
 * series (`#indicatore-<code>`, from the SWOT's evidence) unfolds them if needed and moves focus
 * to the series.
 */
export function IndicatorsSection({ areaCode }: { areaCode: string }) {
  const { t } = useTranslation();
  const locale = useGraphQLLocale();
  const { data, previousData, error, refetch } = useQuery(AreaIndicatorsQueryDocument, {
    variables: { areaCode, locale },
  });
  const shown = data ?? previousData;
  const all = shown?.indicators ?? [];
  const own = all.filter((series) => series.areaCodes.includes(areaCode));
  const crossCutting = all.filter((series) => !series.areaCodes.includes(areaCode));
  const { hash, key } = useLocation();
  const target = seriesCodeOf(hash);
  const [expanded, setExpanded] = useState(false);
  // A link to a folded series unfolds the list: adjusted while rendering, once per navigation.
  const [handled, setHandled] = useState<string | null>(null);
  const arrival = `${key}:${shown ? 'loaded' : 'waiting'}`;
  if (shown && handled !== arrival) {
    setHandled(arrival);
    if (target && crossCutting.some((series) => series.code === target)) setExpanded(true);
  }
  useEffect(() => {
    if (target && shown) focusSoon(indicatorAnchor(target));
  }, [target, key, shown]);

  return (
    <>
      <section aria-labelledby="indicators-title" className="mt-5">
        <h2 id="indicators-title">{t('context.indicators.title')}</h2>
        <p>{t('context.indicators.intro')}</p>
        {!shown && error && <ErrorState onRetry={() => void refetch()} />}
        {!shown && !error && <LoadingState />}
        {shown && own.length > 1 && (
          <nav aria-labelledby="indicators-index-title" className="indicators-index mb-4">
            <p id="indicators-index-title" className="fw-semibold mb-1">
              {t('context.indicators.index')}
            </p>
            <ul className="small mb-0">
              {own.map((series) => (
                <li key={series.code}>
                  <Link to={{ hash: `#${indicatorAnchor(series.code)}` }}>{series.title}</Link>
                </li>
              ))}
            </ul>
          </nav>
        )}
        {shown && (own.length ? <SeriesList series={own} /> : <p>{t('context.indicators.none')}</p>)}
      </section>
      {crossCutting.length > 0 && (
        <section aria-labelledby="cross-cutting-title" className="mt-5">
          <h2 id="cross-cutting-title">{t('context.indicators.crossCuttingTitle')}</h2>
          <p>{t('context.indicators.crossCuttingIntro')}</p>
          <Button
            color="primary"
            outline
            size="sm"
            className="d-inline-flex align-items-center gap-1"
            aria-expanded={expanded}
            aria-controls={CROSS_CUTTING_LIST_ID}
            onClick={() => setExpanded((open) => !open)}
          >
            <Icon icon={expanded ? 'it-collapse' : 'it-expand'} size="sm" color="primary" aria-hidden />
            {t(expanded ? 'context.indicators.hideCrossCutting' : 'context.indicators.showCrossCutting', {
              count: crossCutting.length,
            })}
          </Button>
          <div id={CROSS_CUTTING_LIST_ID} className="mt-4">
            {expanded && <SeriesList series={crossCutting} />}
          </div>
        </section>
      )}
    </>
  );
}

function SeriesList({ series }: { series: readonly Series[] }) {
  return (
    <div className="indicator-list">
      {series.map((one) => (
        <IndicatorCard key={one.code} series={one} />
      ))}
    </div>
  );
}
