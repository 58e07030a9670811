import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { i18n } from '@piano2030/web-core';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { MemoryRouter, useLocation } from 'react-router-dom';
import { SearchPage } from './search-page';
import { SearchAreasQueryDocument, SearchQueryDocument } from './search.documents';

const hit = (id: string, overrides: Record<string, unknown> = {}) => ({
  __typename: 'SearchHit' as const,
  type: 'CONTRIBUTION',
  id,
  title: 'Turismo lento e cammini in Valle del Serchio',
  excerpt: [
    { __typename: 'TextSegment' as const, text: '<script>alert(1)</script> Un ', match: false },
    { __typename: 'TextSegment' as const, text: 'cammino', match: true },
    { __typename: 'TextSegment' as const, text: ' con fontane.', match: false },
  ],
  areaCodes: ['PS6'],
  status: 'ACCEPTED',
  kind: 'PROPOSAL',
  category: 'CITIZEN',
  consultationId: 'c-1',
  code: null,
  quadrant: null,
  createdAt: '2026-11-20T10:00:00.000Z',
  ...overrides,
});

const facet = (value: string, count: number) => ({ __typename: 'FacetCount' as const, value, count });
const facets = {
  __typename: 'SearchFacets' as const,
  types: [facet('CONTRIBUTION', 1), facet('INTERVENTION', 1)],
  areas: [facet('PS6', 2)],
  kinds: [facet('PROPOSAL', 1)],
  categories: [facet('CITIZEN', 1)],
  statuses: [facet('ACCEPTED', 1), facet('IN_CONSULTATION', 1)],
  months: [facet('2026-11', 2)],
};

const searchMock = (
  variables: Record<string, unknown>,
  hits: ReturnType<typeof hit>[],
  page: { hasNextPage?: boolean; endCursor?: string | null; totalCount?: number } = {},
): MockLink.MockedResponse => ({
  request: { query: SearchQueryDocument, variables },
  result: {
    data: {
      search: {
        __typename: 'SearchResult',
        totalCount: page.totalCount ?? hits.length,
        hasNextPage: page.hasNextPage ?? false,
        endCursor: page.endCursor ?? null,
        hits,
        facets,
      },
    },
  },
});

const areasMock: MockLink.MockedResponse = {
  request: { query: SearchAreasQueryDocument, variables: { locale: 'IT' } },
  result: {
    data: {
      interventionAreas: [{ __typename: 'InterventionArea', code: 'PS6', name: 'Turismo e cultura' }],
    },
  },
  maxUsageCount: 10,
};

function Address() {
  const location = useLocation();
  return <p data-testid="address">{location.search}</p>;
}

function renderPage(entry: string, mocks: MockLink.MockedResponse[]) {
  render(
    <MockedProvider mocks={[areasMock, ...mocks]}>
      <MemoryRouter initialEntries={[entry]}>
        <SearchPage />
        <Address />
      </MemoryRouter>
    </MockedProvider>,
  );
}

const intervention = hit('i-1', {
  type: 'INTERVENTION',
  title: 'PS6.1 Cammini e ciclovie',
  status: 'IN_CONSULTATION',
  kind: null,
  category: null,
  consultationId: null,
  code: 'PS6.1',
  excerpt: [{ __typename: 'TextSegment', text: 'Cammini', match: true }],
});

describe('SearchPage', () => {
  beforeEach(() => i18n.changeLanguage('it'));

  it('shows each hit with its excerpt as text, the matching words marked, linked where it lives', async () => {
    renderPage('/cerca?q=cammini', [searchMock({ query: 'cammini' }, [hit('k-1'), intervention])]);

    expect(await screen.findByText('2 risultati per «cammini»')).toHaveAttribute('role', 'status');
    const [first, second] = screen
      .getAllByRole('listitem')
      .filter((item) => item.classList.contains('search-hit'));
    expect(
      within(first).getByRole('link', { name: 'Turismo lento e cammini in Valle del Serchio' }),
    ).toHaveAttribute('href', '/consultazioni/c-1#contributo-k-1');
    expect(first).toHaveTextContent('<script>alert(1)</script> Un cammino con fontane.');
    expect(first.querySelector('script')).toBeNull();
    expect(within(first).getByText('cammino').tagName).toBe('MARK');
    expect(first).toHaveTextContent('Proposta');
    expect(first).toHaveTextContent('Cittadine e cittadini · Accolto');
    expect(within(second).getByRole('link', { name: 'PS6.1 Cammini e ciclovie' })).toHaveAttribute(
      'href',
      '/interventi/i-1',
    );
    expect(second).toHaveTextContent('In consultazione');
  });

  it('narrows by a facet through the address, with the counts beside each value', async () => {
    renderPage('/cerca?q=cammini', [
      searchMock({ query: 'cammini' }, [hit('k-1'), intervention]),
      searchMock({ query: 'cammini', types: ['INTERVENTION'] }, [intervention]),
    ]);

    const types = await screen.findByRole('group', { name: 'Tipo' });
    expect(within(types).getByRole('checkbox', { name: 'Contributo (1)' })).not.toBeChecked();
    expect(await screen.findByRole('checkbox', { name: 'PS6 · Turismo e cultura (2)' })).toBeInTheDocument();
    fireEvent.click(within(types).getByRole('checkbox', { name: 'Intervento (1)' }));

    expect(screen.getByTestId('address')).toHaveTextContent('?q=cammini&tipo=INTERVENTION');
    expect(await screen.findByText('1 risultato per «cammini»')).toBeInTheDocument();
    expect(within(types).getByRole('checkbox', { name: 'Intervento (1)' })).toBeChecked();
  });

  it('sends a new query from the form and loads further pages on demand', async () => {
    renderPage('/cerca', [
      searchMock({ query: 'borghi' }, [hit('k-1')], { hasNextPage: true, endCursor: 'c2', totalCount: 2 }),
      searchMock({ query: 'borghi', after: 'c2' }, [hit('k-2')], { totalCount: 2 }),
    ]);
    expect(screen.queryByRole('status')).toBeNull();
    fireEvent.change(screen.getByLabelText('Cosa cerchi?'), { target: { value: ' borghi ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Cerca' }));

    expect(await screen.findByText('2 risultati per «borghi»')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Mostra altri risultati' }));
    await waitFor(() =>
      expect(
        screen.getAllByRole('link', { name: 'Turismo lento e cammini in Valle del Serchio' }),
      ).toHaveLength(2),
    );
    expect(screen.queryByRole('button', { name: 'Mostra altri risultati' })).toBeNull();
  });

  it('asks for a longer query instead of searching for one letter', () => {
    renderPage('/cerca?q=a', []);
    expect(screen.getByText('Scrivi almeno 2 caratteri.')).toBeInTheDocument();
    expect(screen.queryByRole('status')).toBeNull();
  });
});
