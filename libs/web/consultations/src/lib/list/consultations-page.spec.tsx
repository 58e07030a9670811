import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { i18n, type CurrentUser } from '@piano2030/web-core';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router-dom';
import {
  areasMock,
  citizen,
  committeeMember,
  dayIn,
  inDays,
  meMock,
  standingMock,
  summary,
} from '../../testing/public-fixtures';
import { ConsultationsListQueryDocument } from './consultations-list.documents';
import { ConsultationsPage } from './consultations-page';

const listMock = (
  variables: { status: string | null; areaCode: string | null },
  rows: unknown[],
): MockLink.MockedResponse => ({
  request: { query: ConsultationsListQueryDocument, variables },
  result: { data: { consultations: rows } },
  maxUsageCount: 10,
});

const OPEN = summary();
const SCHEDULED = summary({
  id: 'c-2',
  title: 'Borghi digitali: servizi in rete per le aree interne',
  status: 'SCHEDULED',
  areaCodes: ['PS1', 'PS6'],
  opensAt: inDays(5),
  closesAt: inDays(40),
  openedAt: null,
  resultsReportDue: dayIn(70),
  contributionCount: 0,
});
const CLOSED = summary({
  id: 'c-3',
  title: 'Calendario degli eventi 2026',
  status: 'REPORT_PUBLISHED',
  opensAt: inDays(-90),
  closesAt: inDays(-60),
  openedAt: inDays(-90),
  closedAt: inDays(-60),
  resultsReportDue: dayIn(-30),
  contributionCount: 31,
});
const DRAFT = summary({
  id: 'c-4',
  title: 'Bozza: marketing territoriale',
  status: 'DRAFT',
  opensAt: null,
  closesAt: null,
  openedAt: null,
  resultsReportDue: null,
  contributionCount: 0,
  windowDays: null,
  viewerCanManage: true,
});

function Address() {
  const { pathname, search } = useLocation();
  return <p data-testid="address">{pathname + search}</p>;
}

function renderList(me: CurrentUser | null, path: string, mocks: MockLink.MockedResponse[]) {
  render(
    <MockedProvider mocks={[...mocks, meMock(me), standingMock, areasMock]}>
      <MemoryRouter initialEntries={[path]}>
        <Routes>
          <Route
            path="/consultazioni"
            element={
              <>
                <ConsultationsPage />
                <Address />
              </>
            }
          />
        </Routes>
      </MemoryRouter>
    </MockedProvider>,
  );
}

describe('ConsultationsPage', () => {
  beforeEach(() => i18n.changeLanguage('it'));

  it('groups open, scheduled and concluded consultations with their dates, counts and days left', async () => {
    renderList(null, '/consultazioni', [
      listMock({ status: null, areaCode: null }, [OPEN, SCHEDULED, CLOSED]),
    ]);

    expect(await screen.findByText('3 consultazioni.')).toHaveAttribute('role', 'status');
    expect(screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent)).toEqual([
      'Filtra le consultazioni',
      'Risultati',
      'Aperte ai contributi (1)',
      'In programma (1)',
      'Concluse (1)',
    ]);
    const open = screen.getByRole('article', { name: 'Turismo lento e cammini in Valle del Serchio' });
    expect(
      within(open).getByRole('link', { name: 'Turismo lento e cammini in Valle del Serchio' }),
    ).toHaveAttribute('href', '/consultazioni/c0000000-0000-4000-8000-000000000001');
    expect(open).toHaveTextContent('Aperta');
    expect(open).toHaveTextContent('PS6 – Turismo e cultura');
    expect(open).toHaveTextContent('Mancano 21 giorni alla chiusura');
    expect(open).toHaveTextContent('4 contributi');
    expect(
      within(open).getByRole('progressbar', { name: 'Periodo di consultazione trascorso' }),
    ).toHaveAttribute('aria-valuetext', 'Trascorso il 25% del periodo: restano 21 giorni.');
    const scheduled = screen.getByRole('article', { name: /Borghi digitali/ });
    expect(scheduled).toHaveTextContent('Si apre tra 5 giorni');
    expect(scheduled).toHaveTextContent(
      'PS1 – Infrastrutture materiali ed immateriali; PS6 – Turismo e cultura',
    );
    expect(screen.getByRole('article', { name: /Calendario degli eventi/ })).toHaveTextContent(
      'Rapporto sugli esiti pubblicato',
    );
    // Citizens are offered neither drafts nor a new consultation.
    expect(
      within(screen.getByRole('combobox', { name: 'Stato' })).queryByRole('option', { name: 'Bozza' }),
    ).toBeNull();
    expect(screen.queryByRole('link', { name: 'Nuova consultazione' })).toBeNull();
  });

  it('filters by status and area through the address, and says when nothing matches', async () => {
    renderList(citizen, '/consultazioni?ambito=PS6', [
      listMock({ status: null, areaCode: 'PS6' }, [OPEN]),
      listMock({ status: 'CLOSED', areaCode: 'PS6' }, []),
    ]);

    await screen.findByText('1 consultazione.');
    expect(screen.getByRole('link', { name: 'Cosa è successo ai miei contributi' })).toHaveAttribute(
      'href',
      '/area-personale/contributi',
    );
    fireEvent.change(screen.getByRole('combobox', { name: 'Stato' }), { target: { value: 'CLOSED' } });

    expect(
      await screen.findByText('Nessuna consultazione corrisponde ai filtri scelti.'),
    ).toBeInTheDocument();
    expect(screen.getByTestId('address')).toHaveTextContent('/consultazioni?ambito=PS6&stato=CLOSED');
    expect(screen.getByRole('link', { name: 'Togli i filtri' })).toHaveAttribute('href', '/consultazioni');
  });

  it('says so when there are no consultations at all', async () => {
    renderList(null, '/consultazioni', [listMock({ status: null, areaCode: null }, [])]);

    expect(await screen.findByText(/Non ci sono ancora consultazioni pubbliche/)).toBeInTheDocument();
  });

  it('shows the committee its drafts and the way to start a new consultation', async () => {
    renderList(committeeMember, '/consultazioni', [
      listMock({ status: null, areaCode: null }, [OPEN, DRAFT]),
    ]);

    expect(await screen.findByRole('link', { name: 'Nuova consultazione' })).toHaveAttribute(
      'href',
      '/consultazioni/nuova',
    );
    const draft = await screen.findByRole('article', { name: 'Bozza: marketing territoriale' });
    expect(draft).toHaveTextContent('Bozza (visibile solo al Comitato)');
    expect(draft).toHaveTextContent('Date non ancora fissate');
    expect(within(draft).getByRole('link', { name: /Modifica la consultazione/ })).toHaveAttribute(
      'href',
      '/consultazioni/c-4/modifica',
    );
    expect(screen.getByRole('heading', { level: 2, name: 'Bozze del Comitato (1)' })).toBeInTheDocument();
    expect(
      within(screen.getByRole('combobox', { name: 'Stato' })).getByRole('option', { name: 'Bozza' }),
    ).toBeInTheDocument();
  });
});
