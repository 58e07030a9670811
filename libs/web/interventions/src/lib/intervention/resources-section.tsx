import { FUNDING_SOURCES, PLAN_YEARS, type FundingSource } from '@piano2030/shared-domain';
import type { InterventionFieldsFragment } from '@piano2030/web-core';
import { StackedBarChart } from '@piano2030/web-ui';
import { useTranslation } from 'react-i18next';
import { formatEuro, resourceTotals } from '../shared/money';
import { useLocale } from '../shared/use-locale';

type Resource = InterventionFieldsFragment['resources'][number];

/** The years the chart runs over: the intervention's own, widened to any year that has money. */
function chartYears(resources: readonly Resource[], startsOn: string, endsOn: string): number[] {
  const years = resources.map((line) => line.year);
  const first = Math.min(Number(startsOn.slice(0, 4)) || PLAN_YEARS[0], ...years);
  const last = Math.max(Number(endsOn.slice(0, 4)) || PLAN_YEARS[PLAN_YEARS.length - 1], ...years);
  return PLAN_YEARS.filter((year) => year >= first && year <= last);
}

/**
 * The money: a year × funding source table with row and column totals (years and sources without
 * money left out), and the same figures as columns by year stacked by source.
 */
export function ResourcesSection({ intervention }: { intervention: InterventionFieldsFragment }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { resources } = intervention;
  const totals = resourceTotals(resources);
  const years = PLAN_YEARS.filter((year) => resources.some((line) => line.year === year));
  const sources = FUNDING_SOURCES.filter((source) => resources.some((line) => line.source === source));
  const amount = (year: number, source: FundingSource) =>
    resources
      .filter((line) => line.year === year && line.source === source)
      .reduce((sum, line) => sum + line.amount, 0);
  const sourceName = (source: FundingSource) => t(`interventions.sources.${source}`);
  const captionId = 'int-resources-caption';
  const categories = chartYears(resources, intervention.startsOn, intervention.endsOn);

  return (
    <section aria-labelledby="int-resources-title" className="mt-5">
      <h2 id="int-resources-title" className="h3">
        {t('interventions.fields.resources')}
      </h2>
      <p className="lead">
        {t('interventions.resources.totalLabel', { total: formatEuro(intervention.totalResources, locale) })}
      </p>
      {resources.length === 0 ? (
        <p>{t('interventions.resources.none')}</p>
      ) : (
        <>
          <div className="table-responsive int-scroll">
            <table className="table table-sm int-money-table">
              <caption id={captionId} className="caption-top">
                {t('interventions.resources.caption')}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t('interventions.resources.year')}</th>
                  {sources.map((source) => (
                    <th key={source} scope="col" className="text-end">
                      {sourceName(source)}
                    </th>
                  ))}
                  <th scope="col" className="text-end">
                    {t('interventions.resources.yearTotal')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {years.map((year) => (
                  <tr key={year}>
                    <th scope="row">{year}</th>
                    {sources.map((source) => {
                      const value = amount(year, source);
                      return (
                        <td key={source} className="text-end text-nowrap">
                          {value ? (
                            formatEuro(value, locale)
                          ) : (
                            <>
                              <span aria-hidden="true">–</span>
                              <span className="visually-hidden">{t('interventions.resources.nothing')}</span>
                            </>
                          )}
                        </td>
                      );
                    })}
                    <td className="text-end text-nowrap fw-semibold">
                      {formatEuro(totals.byYear.get(year) ?? 0, locale)}
                    </td>
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row">{t('interventions.resources.sourceTotal')}</th>
                  {sources.map((source) => (
                    <td key={source} className="text-end text-nowrap fw-semibold">
                      {formatEuro(totals.bySource.get(source) ?? 0, locale)}
                    </td>
                  ))}
                  <td className="text-end text-nowrap fw-bold">{formatEuro(totals.total, locale)}</td>
                </tr>
              </tfoot>
            </table>
          </div>
          <StackedBarChart
            id="int-resources-chart"
            title={t('interventions.resources.chartTitle')}
            unit={t('interventions.resources.unit')}
            description={t('interventions.resources.chartDescription')}
            categories={categories.map(String)}
            stacks={sources.map((source) => ({
              name: sourceName(source),
              // Drawn to the euro: the cents are in the table above.
              values: categories.map((year) => Math.round(amount(year, source))),
            }))}
          />
        </>
      )}
    </section>
  );
}
