import { useQuery } from '@apollo/client/react';
import { SEARCH_LIMITS } from '@piano2030/shared-domain';
import { paths } from '@piano2030/web-core';
import {
  BarChart,
  ErrorState,
  FormField,
  LoadingState,
  PageBreadcrumb,
  usePageTitle,
} from '@piano2030/web-ui';
import { Button, Col, Container, Row } from 'design-react-kit';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { FacetFilters } from './facet-filters';
import { SearchHit } from './search-hit';
import { readSearch, searchVariables, toggled, writeSearch, type SearchState } from './search-params';
import { SearchQueryDocument } from './search.documents';
import './search.css';

/**
 * `/cerca`: search over what the public may read (contributions, interventions, SWOT items). The
 * query and the ticked facets live in the address, so a search can be shared and the back button
 * undoes a filter. Facet counts come with the results; months are drawn as bars.
 */
export function SearchPage() {
  const { t } = useTranslation();
  const title = t('search.title');
  usePageTitle(title);
  const [params, setParams] = useSearchParams();
  const state = readSearch(params);
  const [draft, setDraft] = useState(state.query);
  const [draftFor, setDraftFor] = useState(state.query);
  // Going back to another search puts its words in the box.
  if (draftFor !== state.query) {
    setDraftFor(state.query);
    setDraft(state.query);
  }
  const show = (next: SearchState) => setParams(writeSearch(next));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    show({ ...state, query: draft.trim() });
  };
  const tooShort = state.query.length > 0 && state.query.length < SEARCH_LIMITS.queryMin;

  return (
    <Container className="py-5">
      <PageBreadcrumb homePath={paths.home} trail={[]} current={title} />
      <h1>{title}</h1>
      <p className="lead">{t('search.intro')}</p>
      <form role="search" onSubmit={submit} className="search-form mb-4">
        <FormField
          id="search-query"
          type="text"
          label={t('search.label')}
          hint={t('search.hint')}
          value={draft}
          maxLength={SEARCH_LIMITS.queryMax}
          onChange={(event) => setDraft(event.target.value)}
          errors={tooShort ? [t('search.tooShort', { count: SEARCH_LIMITS.queryMin })] : []}
        />
        <Button type="submit" color="primary">
          {t('search.submit')}
        </Button>
      </form>
      {state.query.length >= SEARCH_LIMITS.queryMin && <Results state={state} onChange={show} />}
    </Container>
  );
}

function Results({ state, onChange }: { state: SearchState; onChange: (next: SearchState) => void }) {
  const { t } = useTranslation();
  const variables = searchVariables(state);
  const { data, previousData, error, loading, refetch, fetchMore } = useQuery(SearchQueryDocument, {
    variables,
  });
  const [loadingMore, setLoadingMore] = useState(false);
  const shown = data ?? previousData;
  if (!shown) return error ? <ErrorState onRetry={() => void refetch()} /> : <LoadingState />;
  const { search } = shown;
  const more = async () => {
    setLoadingMore(true);
    try {
      await fetchMore({
        variables: { ...variables, after: search.endCursor },
        updateQuery: (previous, { fetchMoreResult }) => ({
          search: {
            ...fetchMoreResult.search,
            hits: [...previous.search.hits, ...fetchMoreResult.search.hits],
          },
        }),
      });
    } finally {
      setLoadingMore(false);
    }
  };
  return (
    <Row>
      <Col lg={3} tag="aside" aria-label={t('search.filters')}>
        <FacetFilters
          facets={search.facets}
          state={state}
          onToggle={(key, value) => onChange(toggled(state, key, value))}
        />
        <fieldset className="mb-4 search-dates">
          <legend className="h6">{t('search.facets.dates')}</legend>
          <FormField
            id="search-from"
            type="date"
            label={t('search.from')}
            value={state.from}
            onChange={(event) => onChange({ ...state, from: event.target.value })}
          />
          <FormField
            id="search-to"
            type="date"
            label={t('search.to')}
            value={state.to}
            onChange={(event) => onChange({ ...state, to: event.target.value })}
          />
        </fieldset>
      </Col>
      <Col lg={9}>
        <p role="status" aria-live="polite" aria-atomic="true" className="fw-semibold">
          {loading
            ? t('search.searching')
            : t('search.count', { count: search.totalCount, query: state.query })}
        </p>
        <h2 className="visually-hidden">{t('search.resultsHeading')}</h2>
        {search.facets.months.length > 1 && (
          <BarChart
            id="search-by-month"
            title={t('search.monthsTitle')}
            unit={t('search.monthsUnit')}
            headingLevel={3}
            bars={[...search.facets.months]
              .sort((a, b) => a.value.localeCompare(b.value))
              .map((month) => ({ label: month.value, value: month.count }))}
          />
        )}
        {search.hits.length ? (
          <ol className="list-unstyled search-hits">
            {search.hits.map((hit) => (
              <SearchHit key={`${hit.type}-${hit.id}`} hit={hit} />
            ))}
          </ol>
        ) : (
          <p>{t('search.none')}</p>
        )}
        {search.hasNextPage && (
          <Button color="primary" outline disabled={loadingMore} onClick={() => void more()}>
            {loadingMore ? t('search.loadingMore') : t('search.more')}
          </Button>
        )}
      </Col>
    </Row>
  );
}
