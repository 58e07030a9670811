import { useQuery } from '@apollo/client/react';
import {
  FUNDING_SOURCES,
  PLAN_YEARS,
  RESOURCE_GROUPINGS,
  type FundingSource,
  type ResourceGrouping,
} from '@piano2030/shared-domain';
import { paths, type InterventionResourceSummaryQuery } from '@piano2030/web-core';
import {
  BarChart,
  ErrorState,
  LoadingState,
  PageBreadcrumb,
  SelectField,
  StackedBarChart,
  usePageTitle,
} from '@piano2030/web-ui';
import { Container } from 'design-react-kit';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { formatEuro } from '../shared/money';
import { registerPath } from '../shared/register-path';
import { useInterventionReference } from '../shared/use-intervention-reference';
import { useLocale } from '../shared/use-locale';
import { useStrategyStanding } from '../shared/use-strategy-standing';
import { GroupingTabs } from './grouping-tabs';
import { ResourceSummaryQueryDocument } from './resources.documents';
import '../shared/interventions.css';

type Summary = InterventionResourceSummaryQuery['resourceSummary'];
type Group = Summary['groups'][number];

const isGrouping = (value: string | null): value is ResourceGrouping =>
  (RESOURCE_GROUPINGS as readonly (string | null)[]).includes(value);

/** Sums in whole cents, as the API does, so that a totals row never drifts from the grand total. */
const sum = (amounts: readonly number[]) =>
  amounts.reduce((cents, amount) => cents + Math.round(amount * 100), 0) / 100;

/**
 * `/interventi/risorse`: the plan's resources rolled up by area, funding source, year or guideline,
 * as a table (groups × years, or years × sources) whose totals add up to the grand total, and as
 * charts; the CSV of the current grouping; insiders may count the drafts too.
 */
export function ResourcesPage() {
  const { t } = useTranslation();
  const title = t('interventions.rollups.title');
  usePageTitle(title);
  const locale = useLocale();
  const [params, setParams] = useSearchParams();
  const standing = useStrategyStanding();
  const reference = useInterventionReference();
  const per = params.get('per');
  const groupBy: ResourceGrouping = isGrouping(per) ? per : 'AREA';
  const areaCode = params.get('ambito') || null;
  const includeDrafts = standing.insider && params.get('bozze') === '1';
  const variables = { areaCode, includeDrafts };
  const grouped = useQuery(ResourceSummaryQueryDocument, {
    variables: { ...variables, groupBy },
    fetchPolicy: 'cache-and-network',
  });
  // By year the table and the stacked chart need each year's sources: the YEAR roll-up has them.
  const byYear = useQuery(ResourceSummaryQueryDocument, {
    variables: { ...variables, groupBy: 'YEAR' },
    fetchPolicy: 'cache-and-network',
  });
  const set = (key: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };

  const label = (key: string): string => {
    if (groupBy === 'AREA') return `${key} – ${reference.areaName(key)}`;
    if (groupBy === 'SOURCE')
      return t(`interventions.sources.${key as FundingSource}`, { defaultValue: key });
    if (groupBy === 'GUIDELINE') return `${key} – ${reference.guidelineTitle(key)}`;
    return key;
  };
  const summary = grouped.data?.resourceSummary;
  const years = byYear.data?.resourceSummary;

  return (
    <Container className="py-5">
      <PageBreadcrumb
        homePath={paths.home}
        trail={[{ to: paths.interventions, label: t('interventions.register.title') }]}
        current={title}
      />
      <h1>{title}</h1>
      <p className="lead">{t('interventions.rollups.intro')}</p>

      <div className="row align-items-end mt-5">
        <div className="col-md-6">
          <SelectField
            id="int-rollup-area"
            label={t('interventions.fields.area')}
            value={areaCode ?? ''}
            options={[
              { value: '', label: t('interventions.register.filters.allAreas') },
              ...reference.areas.map((area) => ({ value: area.code, label: `${area.code} – ${area.name}` })),
            ]}
            onChange={(event) => set('ambito', event.target.value || null)}
          />
        </div>
        {standing.insider && (
          <div className="col-md-6">
            <div className="form-check mb-4">
              <input
                id="int-rollup-drafts"
                type="checkbox"
                checked={includeDrafts}
                aria-describedby="int-rollup-drafts-hint"
                onChange={(event) => set('bozze', event.target.checked ? '1' : null)}
              />
              <label htmlFor="int-rollup-drafts">{t('interventions.rollups.includeDrafts')}</label>
              <p id="int-rollup-drafts-hint" className="small mb-0">
                {t('interventions.rollups.includeDraftsHint')}
              </p>
            </div>
          </div>
        )}
      </div>

      <GroupingTabs
        chosen={groupBy}
        onChoose={(grouping) => set('per', grouping === 'AREA' ? null : grouping)}
      >
        <h2 className="h3">
          {t('interventions.rollups.heading', { by: t(`interventions.rollups.phrase.${groupBy}`) })}
        </h2>
        {groupBy === 'GUIDELINE' && (
          <p className="alert alert-info">{t('interventions.rollups.guidelineNote')}</p>
        )}
        <p role="status" aria-live="polite" aria-atomic="true">
          {summary
            ? t('interventions.rollups.grandTotal', {
                total: formatEuro(summary.total, locale),
                count: summary.interventionCount,
              })
            : ''}
        </p>
        {!summary && grouped.error && <ErrorState onRetry={() => void grouped.refetch()} />}
        {!summary && !grouped.error && <LoadingState />}
        {summary && years && (
          <>
            {summary.groups.length === 0 ? (
              <p>{t('interventions.rollups.empty')}</p>
            ) : (
              <RollUpTable groupBy={groupBy} summary={summary} years={years} label={label} locale={locale} />
            )}
            <p className="mt-3">
              <a href={paths.resourcesCsv(groupBy)} download>
                {t('interventions.rollups.csv', { by: t(`interventions.rollups.phrase.${groupBy}`) })}
              </a>
              {(areaCode || includeDrafts) && (
                <span className="d-block small">{t('interventions.rollups.csvScope')}</span>
              )}
            </p>
            {summary.groups.length > 0 && (
              <RollUpCharts groupBy={groupBy} summary={summary} years={years} label={label} />
            )}
          </>
        )}
        <p className="mt-4">
          <Link to={registerPath(areaCode ? { area: areaCode } : {})}>
            {t('interventions.rollups.toRegister')}
          </Link>
        </p>
      </GroupingTabs>
    </Container>
  );
}

/** Each year's total across all interventions, each counted once (from the YEAR roll-up). */
const yearTotals = (years: Summary) =>
  PLAN_YEARS.map((year) => years.groups.find((group) => group.key === String(year))?.total ?? 0);
/** Each source's total across all interventions, each counted once. */
const sourceTotals = (years: Summary) =>
  FUNDING_SOURCES.map((source) =>
    sum(years.groups.map((group) => group.bySource.find((entry) => entry.source === source)?.total ?? 0)),
  );

function RollUpTable({
  groupBy,
  summary,
  years,
  label,
  locale,
}: {
  groupBy: ResourceGrouping;
  summary: Summary;
  years: Summary;
  label: (key: string) => string;
  locale: string;
}) {
  const { t } = useTranslation();
  const byYear = groupBy === 'YEAR';
  // Grouped by year, the columns are the sources; otherwise the columns are the years.
  const columns = byYear
    ? FUNDING_SOURCES.map((source) => ({ key: source, name: t(`interventions.sources.${source}`) }))
    : PLAN_YEARS.map((year) => ({ key: String(year), name: String(year) }));
  const cell = (group: Group, key: string) =>
    byYear
      ? (group.bySource.find((entry) => entry.source === key)?.total ?? 0)
      : (group.byYear.find((entry) => String(entry.year) === key)?.total ?? 0);
  const footer = byYear ? sourceTotals(years) : yearTotals(years);
  const captionId = 'int-rollup-caption';
  const euro = (amount: number) => (amount ? formatEuro(amount, locale) : '–');
  return (
    <div className="table-responsive int-scroll">
      <table className="table table-sm int-money-table int-rollup-table">
        <caption id={captionId} className="caption-top">
          {t(byYear ? 'interventions.rollups.captionYears' : 'interventions.rollups.caption', {
            by: t(`interventions.rollups.phrase.${groupBy}`),
          })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t(`interventions.rollups.groupColumn.${groupBy}`)}</th>
            <th scope="col" className="text-end">
              {t('interventions.rollups.interventions')}
            </th>
            {columns.map((column) => (
              <th key={column.key} scope="col" className="text-end">
                {column.name}
              </th>
            ))}
            <th scope="col" className="text-end">
              {t('interventions.rollups.total')}
            </th>
          </tr>
        </thead>
        <tbody>
          {summary.groups.map((group) => (
            <tr key={group.key}>
              <th scope="row">{label(group.key)}</th>
              <td className="text-end">{group.interventionCount}</td>
              {columns.map((column) => (
                <td key={column.key} className="text-end text-nowrap">
                  {euro(cell(group, column.key))}
                </td>
              ))}
              <td className="text-end text-nowrap fw-semibold">{formatEuro(group.total, locale)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">
              {groupBy === 'GUIDELINE'
                ? t('interventions.rollups.totalOnce')
                : t('interventions.rollups.total')}
            </th>
            <td className="text-end">{summary.interventionCount}</td>
            {footer.map((amount, index) => (
              <td key={columns[index].key} className="text-end text-nowrap fw-semibold">
                {euro(amount)}
              </td>
            ))}
            <td className="text-end text-nowrap fw-bold" data-testid="rollup-grand-total">
              {formatEuro(summary.total, locale)}
            </td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}

function RollUpCharts({
  groupBy,
  summary,
  years,
  label,
}: {
  groupBy: ResourceGrouping;
  summary: Summary;
  years: Summary;
  label: (key: string) => string;
}) {
  const { t } = useTranslation();
  const totals = sourceTotals(years);
  const sources = FUNDING_SOURCES.filter((_, index) => totals[index] !== 0);
  const unit = t('interventions.resources.unit');
  return (
    <div className="row mt-4">
      {groupBy !== 'YEAR' && (
        <div className="col-lg-6">
          <BarChart
            id="int-rollup-bars"
            title={t('interventions.rollups.barTitle', { by: t(`interventions.rollups.phrase.${groupBy}`) })}
            unit={unit}
            description={groupBy === 'GUIDELINE' ? t('interventions.rollups.guidelineNote') : undefined}
            bars={summary.groups.map((group) => ({
              label: label(group.key),
              value: Math.round(group.total),
            }))}
          />
        </div>
      )}
      <div className={groupBy === 'YEAR' ? 'col-12' : 'col-lg-6'}>
        <StackedBarChart
          id="int-rollup-stacked"
          title={t('interventions.rollups.stackedTitle')}
          unit={unit}
          categories={PLAN_YEARS.map(String)}
          stacks={sources.map((source) => ({
            name: t(`interventions.sources.${source}`),
            // Drawn to the euro: the cents are in the table.
            values: PLAN_YEARS.map((year) =>
              Math.round(
                years.groups
                  .find((group) => group.key === String(year))
                  ?.bySource.find((entry) => entry.source === source)?.total ?? 0,
              ),
            ),
          }))}
        />
      </div>
    </div>
  );
}
