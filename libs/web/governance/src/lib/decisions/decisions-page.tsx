import { useQuery } from '@apollo/client/react';
import { paths, useGraphQLLocale, type DecisionsPageQuery } from '@piano2030/web-core';
import {
  ErrorState,
  FormattedDate,
  LoadingState,
  PageBreadcrumb,
  SelectField,
  usePageTitle,
} from '@piano2030/web-ui';
import { Container, Icon, Table } from 'design-react-kit';
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { TallyBar } from '../charts/tally-bar';
import { useReferenceNames, type ReferenceNames } from '../reference/use-reference-names';
import { ResultBadge } from '../result-badge';
import { RollCall } from './roll-call';
import { DecisionFiltersQueryDocument, DecisionsPageQueryDocument } from './decisions.query';
import './decisions-page.css';

type Decision = DecisionsPageQuery['decisions'][number];

/** The protocol's first year: the register starts there. */
const FIRST_YEAR = 2020;
/** The filters live in the address, so a filtered register can be bookmarked and shared. */
const BODY_PARAM = 'organo';
const YEAR_PARAM = 'anno';

/** The public register of decisions (D.Lgs. 33/2013), newest first, filtered by body and year. */
export function DecisionsPage() {
  const { t } = useTranslation();
  usePageTitle(t('governance.decisions.title'));
  const locale = useGraphQLLocale();
  const names = useReferenceNames();
  const [params, setParams] = useSearchParams();
  const bodyId = params.get(BODY_PARAM) || null;
  const year = Number(params.get(YEAR_PARAM)) || null;
  const { data, previousData, loading, error, refetch } = useQuery(DecisionsPageQueryDocument, {
    variables: { bodyId, year, locale },
  });
  const filters = useQuery(DecisionFiltersQueryDocument, { variables: { locale } });
  const [thisYear] = useState(() => new Date().getFullYear());
  const shown = data ?? previousData;

  const setFilter = (name: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    setParams(next, { replace: true });
  };
  const bodies = (filters.data ?? filters.previousData)?.bodies ?? [];
  const years = Array.from({ length: Math.max(1, thisYear - FIRST_YEAR + 1) }, (_, i) => thisYear - i);

  return (
    <Container className="py-5">
      <PageBreadcrumb homePath={paths.home} trail={[]} current={t('governance.decisions.title')} />
      <h1>{t('governance.decisions.title')}</h1>
      <p className="lead">{t('governance.decisions.intro')}</p>

      <form className="mt-4" onSubmit={(event) => event.preventDefault()} aria-labelledby="decision-filters">
        <h2 id="decision-filters" className="h5 mb-5">
          {t('governance.decisions.filters.legend')}
        </h2>
        <div className="row">
          <div className="col-md-6 col-lg-4">
            <SelectField
              id="decision-filter-body"
              label={t('governance.decisions.filters.body')}
              value={bodyId ?? ''}
              options={[
                { value: '', label: t('governance.decisions.filters.allBodies') },
                ...bodies.map((body) => ({ value: body.id, label: body.name })),
              ]}
              onChange={(event) => setFilter(BODY_PARAM, event.target.value)}
            />
          </div>
          <div className="col-md-6 col-lg-4">
            <SelectField
              id="decision-filter-year"
              label={t('governance.decisions.filters.year')}
              value={year ? String(year) : ''}
              options={[
                { value: '', label: t('governance.decisions.filters.allYears') },
                ...years.map((option) => ({ value: String(option), label: String(option) })),
              ]}
              onChange={(event) => setFilter(YEAR_PARAM, event.target.value)}
            />
          </div>
        </div>
      </form>

      <p role="status" aria-live="polite" className="fw-semibold">
        {data ? t('governance.decisions.count', { count: data.decisions.length }) : ''}
      </p>
      {shown &&
        (shown.decisions.length === 0 ? (
          <p>{t('governance.decisions.empty')}</p>
        ) : (
          <DecisionsTable decisions={shown.decisions} names={names} />
        ))}
      {!shown && error && <ErrorState onRetry={() => void refetch()} />}
      {!shown && !error && loading && <LoadingState />}
    </Container>
  );
}

function DecisionsTable({ decisions, names }: { decisions: readonly Decision[]; names: ReferenceNames }) {
  const { t } = useTranslation();
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const toggle = (id: string) => {
    const next = new Set(expanded);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    setExpanded(next);
  };
  return (
    <div className="table-responsive">
      <Table className="decisions-table align-top">
        <caption className="visually-hidden">{t('governance.decisions.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">
              {t('governance.decisions.columns.reference')}
              <span className="d-block small fw-normal">{t('governance.decisions.columns.date')}</span>
            </th>
            <th scope="col">{t('governance.decisions.columns.body')}</th>
            <th scope="col">{t('governance.decisions.columns.title')}</th>
            <th scope="col">{t('governance.decisions.columns.result')}</th>
            <th scope="col" className="decisions-reason">
              {t('governance.decisions.columns.reason')}
            </th>
            <th scope="col">{t('governance.decisions.columns.tally')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('governance.decisions.rollCall.show')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {decisions.map((decision) => {
            const open = expanded.has(decision.id);
            const rollCallId = `roll-call-${decision.id}`;
            return (
              <Fragment key={decision.id}>
                <tr>
                  <th scope="row" className="text-nowrap">
                    {decision.reference}
                    <span className="d-block small fw-normal">
                      <FormattedDate value={decision.decidedAt} month="short" />
                    </span>
                  </th>
                  <td>{decision.body.name}</td>
                  <td>
                    {decision.title}
                    <br />
                    <span className="small">
                      {t('governance.decisions.meetingLink')}:{' '}
                      <Link to={paths.meeting(decision.meeting.id)}>{decision.meeting.title}</Link>
                    </span>
                  </td>
                  <td>
                    <ResultBadge result={decision.result} />
                  </td>
                  <td className="decisions-reason">{decision.reason}</td>
                  <td>
                    <TallyBar tally={decision.tally} compact />
                  </td>
                  <td>
                    <button
                      type="button"
                      className="btn btn-link p-0 text-nowrap"
                      aria-expanded={open}
                      aria-controls={rollCallId}
                      onClick={() => toggle(decision.id)}
                    >
                      {t('governance.decisions.rollCall.show')}
                      <span className="visually-hidden">
                        {' '}
                        {t('governance.decisions.rollCall.hiddenLabel', { reference: decision.reference })}
                      </span>
                      <Icon
                        icon={open ? 'it-collapse' : 'it-expand'}
                        size="sm"
                        color="primary"
                        className="ms-1 roll-call-icon"
                        aria-hidden
                      />
                    </button>
                  </td>
                </tr>
                <tr id={rollCallId} hidden={!open}>
                  <td colSpan={7} className="roll-call-cell">
                    {open && (
                      <RollCall reference={decision.reference} ballots={decision.ballots} names={names} />
                    )}
                  </td>
                </tr>
              </Fragment>
            );
          })}
        </tbody>
      </Table>
    </div>
  );
}
