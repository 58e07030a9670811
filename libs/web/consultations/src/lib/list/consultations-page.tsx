import { useQuery } from '@apollo/client/react';
import { CONSULTATION_STATUSES } from '@piano2030/shared-domain';
import {
  paths,
  useCurrentUser,
  useGraphQLLocale,
  type ConsultationStatus,
  type ConsultationSummaryFieldsFragment,
} from '@piano2030/web-core';
import { ErrorState, LoadingState, PageBreadcrumb, SelectField, usePageTitle } from '@piano2030/web-ui';
import { Container } from 'design-react-kit';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { ConsultationsListQueryDocument } from './consultations-list.documents';
import { ConsultationCard } from './consultation-card';
import { ConsultationAreasQueryDocument } from '../shared/consultations.documents';
import { useConsultationStanding } from '../shared/use-consultation-standing';
import '../shared/consultations.css';
import './consultations-page.css';

/** The list's filters live in the address, so a filtered list can be linked and shared. */
export const LIST_PARAMS = { status: 'stato', area: 'ambito' } as const;

type Summary = ConsultationSummaryFieldsFragment;

/** How the list groups what it shows: the ones taking part now first. */
const GROUPS: { key: 'open' | 'scheduled' | 'closed' | 'drafts'; statuses: ConsultationStatus[] }[] = [
  { key: 'open', statuses: ['OPEN'] },
  { key: 'scheduled', statuses: ['SCHEDULED'] },
  { key: 'closed', statuses: ['CLOSED', 'REPORT_PUBLISHED'] },
  { key: 'drafts', statuses: ['DRAFT'] },
];

const isStatus = (value: string | null): value is ConsultationStatus =>
  (CONSULTATION_STATUSES as readonly (string | null)[]).includes(value);

/**
 * `/consultazioni`: the public consultations, open ones first, then those announced and those
 * closed, filtered by state and area. The committee also sees its drafts and starts new ones here.
 */
export function ConsultationsPage() {
  const { t } = useTranslation();
  const title = t('consultations.list.title');
  usePageTitle(title);
  const locale = useGraphQLLocale();
  const { user } = useCurrentUser();
  const standing = useConsultationStanding();
  const [params, setParams] = useSearchParams();
  const [now] = useState(() => new Date());
  const statusParam = params.get(LIST_PARAMS.status);
  const status = isStatus(statusParam) ? statusParam : null;
  const areaCode = params.get(LIST_PARAMS.area) || null;
  const { data, error, loading, refetch } = useQuery(ConsultationsListQueryDocument, {
    variables: { status, areaCode },
    fetchPolicy: 'cache-and-network',
  });
  const areas = useQuery(ConsultationAreasQueryDocument, { variables: { locale } });
  const areaList = [...(areas.data?.interventionAreas ?? [])].sort((a, b) => a.position - b.position);
  const areaName = (code: string) => areaList.find((area) => area.code === code)?.name ?? code;

  const choose = (key: keyof typeof LIST_PARAMS, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(LIST_PARAMS[key], value);
    else next.delete(LIST_PARAMS[key]);
    setParams(next, { replace: true });
  };
  const statuses = CONSULTATION_STATUSES.filter((one) => one !== 'DRAFT' || standing.committee);
  const filtered = !!status || !!areaCode;
  const rows = data?.consultations;

  return (
    <Container className="py-5">
      <PageBreadcrumb homePath={paths.home} trail={[]} current={title} />
      <h1>{title}</h1>
      <p className="lead">{t('consultations.list.intro')}</p>
      <p className="d-flex flex-wrap align-items-center gap-3">
        {user && <Link to={paths.myContributions}>{t('consultations.list.myContributions')}</Link>}
        {standing.committee && (
          <Link className="btn btn-primary" to={paths.newConsultation}>
            {t('consultations.list.new')}
          </Link>
        )}
      </p>

      <form
        className="cons-filters mt-4"
        aria-labelledby="cons-filters-title"
        onSubmit={(event) => event.preventDefault()}
      >
        <h2 id="cons-filters-title" className="h4 mb-5">
          {t('consultations.list.filters.title')}
        </h2>
        <div className="row">
          <div className="col-md-6 col-lg-4">
            <SelectField
              id="cons-filter-status"
              label={t('consultations.list.filters.status')}
              value={status ?? ''}
              options={[
                { value: '', label: t('consultations.list.filters.allStatuses') },
                ...statuses.map((one) => ({ value: one, label: t(`consultations.status.${one}`) })),
              ]}
              onChange={(event) => choose('status', event.target.value)}
            />
          </div>
          <div className="col-md-6 col-lg-4">
            <SelectField
              id="cons-filter-area"
              label={t('consultations.list.filters.area')}
              value={areaCode ?? ''}
              options={[
                { value: '', label: t('consultations.list.filters.allAreas') },
                ...areaList.map((area) => ({ value: area.code, label: `${area.code} – ${area.name}` })),
              ]}
              onChange={(event) => choose('area', event.target.value)}
            />
          </div>
        </div>
        {filtered && (
          <Link className="btn btn-link ps-0" to={paths.consultations}>
            {t('consultations.list.filters.clear')}
          </Link>
        )}
      </form>

      <section aria-labelledby="cons-results-title" className="mt-4">
        <h2 id="cons-results-title" className="h4">
          {t('consultations.list.results')}
        </h2>
        <p role="status" aria-live="polite" aria-atomic="true">
          {rows ? t('consultations.list.count', { count: rows.length }) : ''}
        </p>
        {!rows && error && <ErrorState onRetry={() => void refetch()} />}
        {!rows && !error && loading && <LoadingState />}
        {rows && rows.length === 0 && (
          <div className="cons-empty p-4 rounded">
            <p className="mb-0">
              {filtered ? t('consultations.list.emptyFiltered') : t('consultations.list.empty')}
            </p>
          </div>
        )}
      </section>
      {rows && rows.length > 0 && <ConsultationGroups rows={rows} areaName={areaName} now={now} />}
    </Container>
  );
}

function ConsultationGroups({
  rows,
  areaName,
  now,
}: {
  rows: readonly Summary[];
  areaName: (code: string) => string;
  now: Date;
}) {
  const { t } = useTranslation();
  return (
    <>
      {GROUPS.map(({ key, statuses }) => {
        const shown = rows.filter((row) => statuses.includes(row.status));
        if (!shown.length) return null;
        const headingId = `cons-group-${key}`;
        return (
          <section key={key} aria-labelledby={headingId} className="mt-5">
            <h2 id={headingId} className="h3">
              {t(`consultations.list.groups.${key}`)}{' '}
              <span className="fw-normal text-secondary">({shown.length})</span>
            </h2>
            <ul className="list-unstyled cons-cards">
              {shown.map((row) => (
                <ConsultationCard key={row.id} consultation={row} areaName={areaName} now={now} />
              ))}
            </ul>
          </section>
        );
      })}
    </>
  );
}
