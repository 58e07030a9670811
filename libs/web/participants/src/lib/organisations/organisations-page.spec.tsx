import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { i18n } from '@piano2030/web-core';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import { publicOrganisationsMock } from '../../testing/fixtures';
import { OrganisationsPage } from './organisations-page';

function renderPage(mocks: MockLink.MockedResponse[]) {
  render(
    <MockedProvider mocks={mocks}>
      <MemoryRouter initialEntries={['/organizzazioni']}>
        <OrganisationsPage />
      </MemoryRouter>
    </MockedProvider>,
  );
}

describe('OrganisationsPage', () => {
  beforeEach(() => i18n.changeLanguage('it'));

  it('counts the organisations by category in a chart whose table gives every figure', async () => {
    renderPage([publicOrganisationsMock()]);

    const chart = await screen.findByRole('figure', { name: 'Organizzazioni per categoria' });
    expect(within(chart).getByRole('img')).toHaveAccessibleName(
      'Organizzazioni per categoria: grafico a barre con 7 voci, da 0 (Istituzioni locali) a 2 (Associazioni di categoria) (organizzazioni).',
    );
    fireEvent.click(within(chart).getByRole('button', { name: 'Mostra i dati in tabella' }));
    const rows = within(within(chart).getByRole('table')).getAllByRole('row');
    expect(rows.map((row) => row.textContent)).toEqual([
      'VoceValore (organizzazioni)',
      'Istituzioni locali0',
      'Associazioni di categoria2',
      'Organizzazioni sindacali1',
      'Università, ricerca e formazione1',
      'Fondazioni di origine bancaria0',
      'Aziende di servizi pubblici locali0',
      'Terzo settore0',
    ]);
    expect(chart).toHaveTextContent('In tutto 4 organizzazioni.');
  });

  it('lists the organisations under their category, with representatives by public name and role', async () => {
    renderPage([publicOrganisationsMock()]);

    const business = await screen.findByRole('region', {
      name: 'Associazioni di categoria (2 organizzazioni)',
    });
    expect(
      within(business)
        .getAllByRole('heading', { level: 3 })
        .map((h) => h.textContent),
    ).toEqual(['CNA Lucca', 'Confartigianato Imprese Lucca']);
    expect(within(business).getByText('Luca Neri, Presidente')).toBeInTheDocument();
    expect(within(business).getByText('A. V., Direttrice')).toBeInTheDocument();
    expect(
      screen.getByRole('region', { name: 'Organizzazioni sindacali (1 organizzazione)' }),
    ).toHaveTextContent('M. P., Segretaria generale');
    expect(screen.getByRole('link', { name: 'Sito web di Scuola IMT Alti Studi Lucca' })).toHaveAttribute(
      'href',
      'https://www.imtlucca.it',
    );
    // Categories without organisations have no section; nobody appears by e-mail.
    expect(screen.queryByRole('region', { name: /Terzo settore/ })).not.toBeInTheDocument();
    expect(document.body.textContent).not.toContain('@');
    expect(screen.getByRole('link', { name: 'Chiedi di registrarla' })).toHaveAttribute(
      'href',
      '/area-personale/organizzazioni',
    );
  });

  it('says so when no organisation has a verified representative yet', async () => {
    renderPage([publicOrganisationsMock(true)]);

    expect(
      await screen.findByText('Nessuna organizzazione ha ancora un rappresentante verificato.'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('figure')).not.toBeInTheDocument();
    expect(document.title).toBe('Organizzazioni partecipanti – Piano Strategico 2030');
  });
});
