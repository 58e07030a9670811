import { useQuery } from '@apollo/client/react';
import { INTERVENTION_STATUSES } from '@piano2030/shared-domain';
import { paths, type InterventionRowFragment, type InterventionStatus } from '@piano2030/web-core';
import {
  ErrorState,
  FormattedDate,
  LoadingState,
  PageBreadcrumb,
  SelectField,
  usePageTitle,
} from '@piano2030/web-ui';
import { Container } from 'design-react-kit';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { PrioritiesSection } from '../priorities/priorities-section';
import { InterventionPrioritiesQueryDocument } from '../shared/interventions.documents';
import { formatEuro } from '../shared/money';
import { FILTER_PARAMS, newInterventionPath, type RegisterFilter } from '../shared/register-path';
import { InterventionStatusBadge } from '../shared/status-badge';
import { useInterventionReference } from '../shared/use-intervention-reference';
import { useLocale } from '../shared/use-locale';
import { useStrategyStanding } from '../shared/use-strategy-standing';
import { useRegister, type RegisterQuery } from './use-register';
import '../shared/interventions.css';

type Row = InterventionRowFragment;

const isStatus = (value: string | undefined): value is InterventionStatus =>
  (INTERVENTION_STATUSES as readonly (string | undefined)[]).includes(value);

/**
 * `/interventi`: the register of interventions to 2030, filtered by area, priority, status and
 * guideline (the filters live in the address, so a filtered register can be linked and shared).
 * Insiders also see drafts, marked as such; whoever may draft starts a new intervention here.
 */
export function InterventionsPage() {
  const { t } = useTranslation();
  const title = t('interventions.register.title');
  usePageTitle(title);
  const locale = useLocale();
  const [params, setParams] = useSearchParams();
  const reference = useInterventionReference();
  const standing = useStrategyStanding();
  const filter: RegisterFilter = {
    area: params.get(FILTER_PARAMS.area) ?? '',
    priority: params.get(FILTER_PARAMS.priority) ?? '',
    status: params.get(FILTER_PARAMS.status) ?? '',
    guideline: params.get(FILTER_PARAMS.guideline) ?? '',
  };
  const apiFilter: RegisterQuery = {
    ...(filter.area ? { areaCode: filter.area } : {}),
    ...(filter.area && filter.priority ? { priorityId: filter.priority } : {}),
    ...(isStatus(filter.status) ? { status: filter.status } : {}),
    ...(filter.guideline ? { guidelineCode: filter.guideline } : {}),
  };
  const { rows, error, loading, refetch } = useRegister(apiFilter);
  const priorities = useQuery(InterventionPrioritiesQueryDocument, {
    variables: { areaCode: filter.area ?? '' },
    skip: !filter.area,
  });
  const choose = (key: keyof RegisterFilter, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(FILTER_PARAMS[key], value);
    else next.delete(FILTER_PARAMS[key]);
    // A priority belongs to one area: choosing another area forgets it.
    if (key === 'area') next.delete(FILTER_PARAMS.priority);
    setParams(next, { replace: true });
  };
  const statuses = INTERVENTION_STATUSES.filter((status) => status !== 'DRAFT' || standing.insider);
  const canDraft = standing.mayAnywhere('DRAFT_INTERVENTION');
  const filtered = Object.values(apiFilter).some(Boolean);

  return (
    <Container className="py-5">
      <PageBreadcrumb homePath={paths.home} trail={[]} current={title} />
      <h1>{title}</h1>
      <p className="lead">{t('interventions.register.intro')}</p>
      <p className="d-flex flex-wrap gap-3">
        <Link to={paths.interventionResources}>{t('interventions.register.toResources')}</Link>
        {canDraft && (
          <Link className="btn btn-primary" to={newInterventionPath(filter.area, filter.priority)}>
            {t('interventions.register.new')}
          </Link>
        )}
      </p>

      <form
        className="int-filters mt-4"
        aria-labelledby="int-filters-title"
        onSubmit={(event) => event.preventDefault()}
      >
        <h2 id="int-filters-title" className="h4 mb-5">
          {t('interventions.register.filters.title')}
        </h2>
        <div className="row">
          <div className="col-md-6 col-lg-3">
            <SelectField
              id="int-filter-area"
              label={t('interventions.fields.area')}
              value={filter.area ?? ''}
              options={[
                { value: '', label: t('interventions.register.filters.allAreas') },
                ...reference.areas.map((area) => ({
                  value: area.code,
                  label: `${area.code} – ${area.name}`,
                })),
              ]}
              onChange={(event) => choose('area', event.target.value)}
            />
          </div>
          <div className="col-md-6 col-lg-3">
            <SelectField
              id="int-filter-priority"
              label={t('interventions.fields.priorityId')}
              hint={filter.area ? undefined : t('interventions.register.filters.priorityHint')}
              value={filter.priority ?? ''}
              disabled={!filter.area}
              options={[
                { value: '', label: t('interventions.register.filters.allPriorities') },
                ...(priorities.data?.priorities ?? []).map((priority) => ({
                  value: priority.id,
                  label: `${priority.position}. ${priority.title}`,
                })),
              ]}
              onChange={(event) => choose('priority', event.target.value)}
            />
          </div>
          <div className="col-md-6 col-lg-3">
            <SelectField
              id="int-filter-status"
              label={t('interventions.fields.status')}
              value={filter.status ?? ''}
              options={[
                { value: '', label: t('interventions.register.filters.allStatuses') },
                ...statuses.map((status) => ({ value: status, label: t(`interventions.status.${status}`) })),
              ]}
              onChange={(event) => choose('status', event.target.value)}
            />
          </div>
          <div className="col-md-6 col-lg-3">
            <SelectField
              id="int-filter-guideline"
              label={t('interventions.fields.guidelineCode')}
              value={filter.guideline ?? ''}
              options={[
                { value: '', label: t('interventions.register.filters.allGuidelines') },
                ...reference.guidelines.map((guideline) => ({
                  value: guideline.code,
                  label: `${guideline.code} – ${guideline.title}`,
                })),
              ]}
              onChange={(event) => choose('guideline', event.target.value)}
            />
          </div>
        </div>
        {filtered && (
          <Link className="btn btn-link ps-0" to={paths.interventions}>
            {t('interventions.register.filters.clear')}
          </Link>
        )}
      </form>

      <section aria-labelledby="int-results-title" className="mt-4">
        <h2 id="int-results-title" className="h4">
          {t('interventions.register.results')}
        </h2>
        <p role="status" aria-live="polite" aria-atomic="true">
          {rows ? t('interventions.register.count', { count: rows.length }) : ''}
        </p>
        {!rows && error && <ErrorState onRetry={() => void refetch()} />}
        {!rows && !error && loading && <LoadingState />}
        {rows && rows.length > 0 && (
          <>
            <RegisterTable rows={rows} areaName={reference.areaName} locale={locale} />
            <RegisterCards rows={rows} areaName={reference.areaName} locale={locale} />
          </>
        )}
        {rows && rows.length === 0 && <p>{t('interventions.register.empty')}</p>}
      </section>

      {filter.area && <PrioritiesSection key={filter.area} areaCode={filter.area} />}
    </Container>
  );
}

function RegisterTable({
  rows,
  areaName,
  locale,
}: {
  rows: readonly Row[];
  areaName: (code: string) => string;
  locale: string;
}) {
  const { t } = useTranslation();
  const captionId = 'int-register-caption';
  return (
    <div className="table-responsive int-scroll d-none d-lg-block">
      <table className="table align-top int-register">
        <caption id={captionId} className="caption-top">
          {t('interventions.register.caption')}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('interventions.register.columns.reference')}</th>
            <th scope="col">{t('interventions.register.columns.title')}</th>
            <th scope="col">{t('interventions.register.columns.area')}</th>
            <th scope="col">{t('interventions.register.columns.priority')}</th>
            <th scope="col">{t('interventions.register.columns.status')}</th>
            <th scope="col" className="text-end">
              {t('interventions.register.columns.resources')}
            </th>
            <th scope="col">{t('interventions.register.columns.period')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id}>
              <td className="text-nowrap">{row.reference}</td>
              <th scope="row" className="int-register-title">
                <Link to={paths.intervention(row.id)}>{row.title}</Link>
              </th>
              <td>{areaName(row.areaCode)}</td>
              <td>{row.priority.title}</td>
              <td>
                <InterventionStatusBadge status={row.status} />
              </td>
              <td className="text-end text-nowrap">{formatEuro(row.totalResources, locale)}</td>
              <td className="text-nowrap">
                <FormattedDate value={row.startsOn} month="short" /> –{' '}
                <FormattedDate value={row.endsOn} month="short" />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** On phones and tablets the register is a list of cards: a seven-column table would not fit. */
function RegisterCards({
  rows,
  areaName,
  locale,
}: {
  rows: readonly Row[];
  areaName: (code: string) => string;
  locale: string;
}) {
  const { t } = useTranslation();
  return (
    <ul className="list-unstyled d-lg-none int-register-cards">
      {rows.map((row) => (
        <li key={row.id} className="border rounded p-3 mb-3">
          <h3 className="h5 mb-2">
            <Link to={paths.intervention(row.id)}>
              <span className="d-block small text-secondary">{row.reference}</span>
              {row.title}
            </Link>
          </h3>
          <p className="mb-2">
            <InterventionStatusBadge status={row.status} />
          </p>
          <dl className="row mb-0 small">
            <dt className="col-5">{t('interventions.register.columns.area')}</dt>
            <dd className="col-7">{areaName(row.areaCode)}</dd>
            <dt className="col-5">{t('interventions.register.columns.priority')}</dt>
            <dd className="col-7">{row.priority.title}</dd>
            <dt className="col-5">{t('interventions.register.columns.resources')}</dt>
            <dd className="col-7">{formatEuro(row.totalResources, locale)}</dd>
            <dt className="col-5">{t('interventions.register.columns.period')}</dt>
            <dd className="col-7 mb-0">
              <FormattedDate value={row.startsOn} month="short" /> –{' '}
              <FormattedDate value={row.endsOn} month="short" />
            </dd>
          </dl>
        </li>
      ))}
    </ul>
  );
}
