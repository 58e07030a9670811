import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import { i18n } from '@piano2030/web-core';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router-dom';
import { BODY_ID, decision, referenceMock } from '../../testing/fixtures';
import { DecisionFiltersQueryDocument, DecisionsPageQueryDocument } from './decisions.query';
import { DecisionsPage } from './decisions-page';

const engagement = decision({
  id: 'd-2',
  reference: 'n. 2/2026',
  number: 2,
  title: 'Incarico a un esperto esterno per turismo e cultura',
  result: 'REJECTED',
  reason: 'respinta: 6 presenti su 6, 2 favorevoli, 3 contrari, 1 astenuto, maggioranza contraria',
  tally: { __typename: 'DecisionTally', for: 2, against: 3, abstain: 1, recused: 0, notVoted: 0 } as never,
});
const appointment = decision();

const filtersMock: MockLink.MockedResponse = {
  request: { query: DecisionFiltersQueryDocument, variables: { locale: 'IT' } },
  result: {
    data: {
      bodies: [
        { __typename: 'Body', id: BODY_ID, name: 'Cabina di Regia' },
        { __typename: 'Body', id: 'b-comitato', name: 'Comitato operativo' },
      ],
    },
  },
  maxUsageCount: 10,
};

function decisionsMock(
  variables: { bodyId: string | null; year: number | null },
  decisions: ReturnType<typeof decision>[],
): MockLink.MockedResponse {
  return {
    request: { query: DecisionsPageQueryDocument, variables: { ...variables, locale: 'IT' } },
    result: { data: { decisions } },
  };
}

function Search() {
  return <span data-testid="search">{useLocation().search}</span>;
}

function renderRegister(path: string, mocks: MockLink.MockedResponse[]) {
  render(
    <MockedProvider mocks={[filtersMock, referenceMock, ...mocks]}>
      <MemoryRouter initialEntries={[path]}>
        <Routes>
          <Route path="/delibere" element={<DecisionsPage />} />
        </Routes>
        <Search />
      </MemoryRouter>
    </MockedProvider>,
  );
}

describe('DecisionsPage', () => {
  beforeEach(() => i18n.changeLanguage('it'));

  it('lists each decision with its reference, result, reasons, tally and meeting', async () => {
    renderRegister('/delibere', [decisionsMock({ bodyId: null, year: null }, [engagement, appointment])]);

    const row = (await screen.findByRole('rowheader', { name: /n\. 2\/2026/ })).closest('tr') as HTMLElement;
    expect(row).toHaveTextContent('Incarico a un esperto esterno per turismo e cultura');
    expect(within(row).getByText('Respinta')).toBeInTheDocument();
    expect(within(row).getByText(engagement.reason)).toBeInTheDocument();
    // The tally bar is drawn for the eye; its legend says the same in words.
    expect(row).toHaveTextContent('Favorevoli: 2');
    expect(row).toHaveTextContent('Contrari: 3');
    expect(row).toHaveTextContent('Astenuti: 1');
    expect(within(row).getByRole('link', { name: 'Seduta di insediamento' })).toHaveAttribute(
      'href',
      '/sedute/m-1',
    );
    expect(screen.getByRole('status')).toHaveTextContent('2 delibere');
    expect(screen.getByRole('rowheader', { name: /n\. 1\/2026/ }).closest('tr')).toHaveTextContent(
      'Approvata',
    );
  });

  it('opens the roll call of one decision: who voted how, and who cast the ballot', async () => {
    renderRegister('/delibere', [decisionsMock({ bodyId: null, year: null }, [appointment])]);

    const toggle = await screen.findByRole('button', { name: 'Appello nominale della delibera n. 1/2026' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('table', { name: /Appello nominale/ })).not.toBeInTheDocument();

    fireEvent.click(toggle);

    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const rollCall = screen.getByRole('table', { name: 'Appello nominale della delibera n. 1/2026' });
    expect(document.getElementById(toggle.getAttribute('aria-controls') ?? '')).toContainElement(rollCall);
    const seat = within(rollCall).getByRole('row', { name: /Elena Conti/ });
    expect(seat).toHaveTextContent('Componente');
    // Party names come with the reference data, which may answer after the decisions.
    await waitFor(() => expect(seat).toHaveTextContent('Provincia'));
    expect(seat).toHaveTextContent('Favorevole');
    expect(seat).toHaveTextContent('Andrea Marino');

    fireEvent.click(toggle);
    expect(screen.queryByRole('table', { name: /Appello nominale/ })).not.toBeInTheDocument();
  });

  it('filters by body and year, keeping the filters in the address', async () => {
    const lastYear = new Date().getFullYear() - 1;
    renderRegister('/delibere', [
      decisionsMock({ bodyId: null, year: null }, [engagement, appointment]),
      decisionsMock({ bodyId: BODY_ID, year: null }, [appointment]),
      decisionsMock({ bodyId: BODY_ID, year: lastYear }, []),
    ]);
    await screen.findByText('2 delibere');

    // The bodies to choose from arrive with a query of their own.
    await screen.findByRole('option', { name: 'Cabina di Regia' });
    fireEvent.change(screen.getByRole('combobox', { name: 'Organo' }), { target: { value: BODY_ID } });

    expect(await screen.findByText('1 delibera')).toBeInTheDocument();
    expect(screen.queryByRole('rowheader', { name: /n\. 2\/2026/ })).not.toBeInTheDocument();
    expect(screen.getByTestId('search')).toHaveTextContent(`?organo=${BODY_ID}`);

    fireEvent.change(screen.getByRole('combobox', { name: 'Anno' }), { target: { value: String(lastYear) } });

    expect(await screen.findByText('Nessuna delibera corrisponde ai filtri scelti.')).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('0 delibere');
    expect(screen.getByTestId('search')).toHaveTextContent(`?organo=${BODY_ID}&anno=${lastYear}`);
  });

  it('starts from the filters in the address', async () => {
    const year = new Date().getFullYear();
    renderRegister(`/delibere?organo=${BODY_ID}&anno=${year}`, [
      decisionsMock({ bodyId: BODY_ID, year }, [appointment]),
    ]);

    expect(await screen.findByText('1 delibera')).toBeInTheDocument();
    const body = await screen.findByRole('combobox', { name: 'Organo' });
    // The body's name arrives with its own query; until then the select cannot show it.
    await waitFor(() => expect(body).toHaveValue(BODY_ID));
    expect(screen.getByRole('combobox', { name: 'Anno' })).toHaveValue(String(year));
  });
});
