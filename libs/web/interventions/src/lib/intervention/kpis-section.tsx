import { useQuery } from '@apollo/client/react';
import { PLAN_LAST_YEAR } from '@piano2030/shared-domain';
import { paths, useGraphQLLocale, type InterventionFieldsFragment } from '@piano2030/web-core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { KpiIndicatorsQueryDocument } from '../editor/editor.documents';
import { useLocale } from '../shared/use-locale';

/**
 * KPIs: from the baseline to the 2030 target, with the context indicator each follows linked to
 * its card on the area page.
 */
export function KpisSection({ intervention }: { intervention: InterventionFieldsFragment }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const graphLocale = useGraphQLLocale();
  const linked = intervention.kpis.some((kpi) => kpi.indicatorCode);
  const { data } = useQuery(KpiIndicatorsQueryDocument, {
    variables: { areaCode: intervention.areaCode, locale: graphLocale },
    skip: !linked,
  });
  const seriesTitle = (code: string) =>
    data?.indicators.find((series) => series.code === code)?.title ?? code;
  const number = (value: number) => value.toLocaleString(locale, { maximumFractionDigits: 3 });
  const captionId = 'int-kpis-caption';
  return (
    <section aria-labelledby="int-kpis-title" className="mt-5">
      <h2 id="int-kpis-title" className="h3">
        {t('interventions.fields.kpis')}
      </h2>
      {intervention.kpis.length === 0 ? (
        <p>{t('interventions.kpis.none')}</p>
      ) : (
        <div className="table-responsive int-scroll">
          <table className="table table-sm align-top">
            <caption id={captionId} className="caption-top">
              {t('interventions.kpis.caption', { last: PLAN_LAST_YEAR })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('interventions.kpis.name')}</th>
                <th scope="col" className="text-end">
                  {t('interventions.kpis.baseline')}
                </th>
                <th scope="col" className="text-end">
                  {t('interventions.kpis.target', { last: PLAN_LAST_YEAR })}
                </th>
                <th scope="col">{t('interventions.kpis.series')}</th>
              </tr>
            </thead>
            <tbody>
              {intervention.kpis.map((kpi, index) => (
                <tr key={index}>
                  <th scope="row">
                    {kpi.name}
                    <span className="d-block small fw-normal">
                      {t('interventions.kpis.unitLabel', { unit: kpi.unit })}
                    </span>
                  </th>
                  <td className="text-end text-nowrap">
                    {number(kpi.baselineValue)}
                    <span className="d-block small">
                      {t('interventions.kpis.in', { year: kpi.baselineYear })}
                    </span>
                  </td>
                  <td className="text-end text-nowrap">
                    <span aria-hidden="true">→ </span>
                    {number(kpi.target2030)}
                  </td>
                  <td>
                    {kpi.indicatorCode ? (
                      <Link
                        to={`${paths.area(intervention.areaCode)}#indicatore-${encodeURIComponent(kpi.indicatorCode)}`}
                      >
                        {seriesTitle(kpi.indicatorCode)}
                      </Link>
                    ) : (
                      <em>{t('interventions.kpis.noSeries')}</em>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
