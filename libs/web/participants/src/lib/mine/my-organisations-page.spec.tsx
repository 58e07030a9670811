import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { i18n, type CurrentUser } from '@piano2030/web-core';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import {
  citizen,
  meMock,
  myRepresentation,
  myRepresentationsMock,
  organisationChoicesMock,
} from '../../testing/fixtures';
import { RequestRepresentationMutationDocument } from '../shared/participants.documents';
import { MyOrganisationsPage } from './my-organisations-page';

function renderPage(me: CurrentUser | null, more: MockLink.MockedResponse[] = []) {
  render(
    <MockedProvider mocks={[meMock(me), organisationChoicesMock, ...more]}>
      <MemoryRouter initialEntries={['/area-personale/organizzazioni']}>
        <Routes>
          <Route path="/area-personale/organizzazioni" element={<MyOrganisationsPage />} />
          <Route path="/accedi" element={<h1>Accedi</h1>} />
        </Routes>
      </MemoryRouter>
    </MockedProvider>,
  );
}

const requestMock = (input: Record<string, unknown>, result: MockLink.MockedResponse['result']) => ({
  request: { query: RequestRepresentationMutationDocument, variables: { input } },
  result,
});

const form = () => screen.findByRole('form', { name: "Chiedi di rappresentare un'organizzazione" });

describe('MyOrganisationsPage', () => {
  beforeEach(() => i18n.changeLanguage('it'));

  it('sends an anonymous visitor to sign in', async () => {
    renderPage(null);
    expect(await screen.findByRole('heading', { level: 1, name: 'Accedi' })).toBeInTheDocument();
  });

  it("lists one's requests with their status, and the reason of a rejection", async () => {
    renderPage(citizen, [
      myRepresentationsMock([
        myRepresentation('r-2', 'cgil', 'REJECTED', {
          title: 'Delegata',
          decidedAt: '2026-11-04T09:00:00.000Z',
          decisionReason: 'Non risulta tra i delegati.',
        }),
        myRepresentation('r-1', 'imt', 'VERIFIED', { decidedAt: '2026-11-03T09:00:00.000Z' }),
      ]),
    ]);

    const list = await screen.findByRole('region', { name: 'Le mie richieste' });
    const items = await within(list).findAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(within(items[0]).getByRole('heading', { level: 3 })).toHaveTextContent('CGIL Lucca');
    expect(items[0]).toHaveTextContent('Respinta');
    expect(items[0]).toHaveTextContent('MotivazioneNon risulta tra i delegati.');
    expect(items[0]).toHaveTextContent('Decisione del4 novembre 2026');
    expect(items[1]).toHaveTextContent('Verificata');
    expect(items[1]).toHaveTextContent('Università, ricerca e formazione');
  });

  it('finds an organisation already listed by part of its name and asks to represent it', async () => {
    const sent = jest.fn(() => ({
      data: { requestRepresentation: myRepresentation('r-new', 'imt', 'PENDING', { title: 'Delegato' }) },
    }));
    renderPage(citizen, [
      myRepresentationsMock([]),
      requestMock({ organisationId: 'o-imt', title: 'Delegato' }, sent),
    ]);
    const request = await form();
    expect(
      await screen.findByText("Non hai ancora chiesto di rappresentare un'organizzazione."),
    ).toBeInTheDocument();

    fireEvent.change(within(request).getByRole('textbox', { name: 'Cerca per nome' }), {
      target: { value: 'imt' },
    });
    expect(await within(request).findByText('1 organizzazione corrisponde alla ricerca.')).toHaveAttribute(
      'role',
      'status',
    );
    const select = within(request).getByRole('combobox', { name: 'Organizzazione' });
    expect(
      within(select)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(["Scegli un'organizzazione", 'Scuola IMT Alti Studi Lucca – Università, ricerca e formazione']);
    fireEvent.change(select, { target: { value: 'o-imt' } });
    fireEvent.change(within(request).getByRole('textbox', { name: "Il tuo ruolo nell'organizzazione" }), {
      target: { value: ' Delegato ' },
    });
    fireEvent.click(within(request).getByRole('button', { name: 'Invia la richiesta' }));

    expect(
      await screen.findByText(
        'Richiesta per «Scuola IMT Alti Studi Lucca» inviata: un amministratore la verificherà.',
      ),
    ).toBeInTheDocument();
    expect(sent).toHaveBeenCalledTimes(1);
    const list = screen.getByRole('region', { name: 'Le mie richieste' });
    await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(1));
    expect(within(list).getByRole('listitem')).toHaveTextContent('In attesa di verifica');
  });

  it('checks the form before sending, next to each field, and moves focus to the first one to fix', async () => {
    renderPage(citizen, [myRepresentationsMock([])]);
    const request = await form();

    fireEvent.click(within(request).getByRole('button', { name: 'Invia la richiesta' }));

    const select = within(request).getByRole('combobox', { name: 'Organizzazione' });
    await waitFor(() => expect(select).toHaveFocus());
    expect(select).toHaveAttribute('aria-invalid', 'true');
    expect(select).toHaveAccessibleDescription("Scegli un'organizzazione dall'elenco.");
    expect(
      within(request).getByRole('textbox', { name: "Il tuo ruolo nell'organizzazione" }),
    ).toHaveAccessibleDescription(expect.stringContaining('Il ruolo deve avere da 2 a 100 caratteri'));
    expect(within(request).getByRole('alert')).toHaveTextContent('Alcuni dati non sono validi');

    fireEvent.click(within(request).getByRole('radio', { name: 'Una nuova organizzazione' }));
    fireEvent.change(within(request).getByRole('textbox', { name: "Nome dell'organizzazione" }), {
      target: { value: 'Misericordia di Lucca' },
    });
    fireEvent.change(
      within(request).getByRole('textbox', { name: 'Partita IVA o codice fiscale (facoltativo)' }),
      {
        target: { value: '01234567890' },
      },
    );
    fireEvent.change(within(request).getByRole('textbox', { name: "Il tuo ruolo nell'organizzazione" }), {
      target: { value: 'Governatore' },
    });
    fireEvent.click(within(request).getByRole('button', { name: 'Invia la richiesta' }));

    const category = within(request).getByRole('combobox', { name: 'Categoria' });
    await waitFor(() => expect(category).toHaveFocus());
    expect(category).toHaveAccessibleDescription("Scegli la categoria dell'organizzazione.");
    expect(within(request).getByRole('textbox', { name: /^Partita IVA/ })).toHaveAccessibleDescription(
      expect.stringContaining(
        'Inserisci una partita IVA di 11 cifre o un codice fiscale di 16 caratteri validi',
      ),
    );
    // CITIZEN is a person speaking for themselves: organisations cannot choose it.
    expect(within(category).queryByRole('option', { name: 'Cittadine e cittadini' })).not.toBeInTheDocument();
  });

  it('offers to ask for the organisation already registered under the name given', async () => {
    const newOne = {
      newOrganisation: {
        name: 'Confartigianato Lucca',
        category: 'BUSINESS_ASSOCIATION',
        taxCode: null,
        website: 'https://www.confartigianato.lu.it',
      },
      title: 'Direttore',
    };
    const sent = jest.fn(() => ({
      data: {
        requestRepresentation: myRepresentation('r-new', 'confartigianato', 'PENDING', {
          title: 'Direttore',
        }),
      },
    }));
    renderPage(citizen, [
      myRepresentationsMock([]),
      requestMock(newOne, {
        errors: [
          {
            message:
              'An organisation named "Confartigianato Imprese Lucca" is already registered: ask to represent it instead.',
            extensions: {
              code: 'CONFLICT',
              fieldErrors: {
                'newOrganisation.name': ['"Confartigianato Imprese Lucca" is already registered'],
              },
              existingOrganisation: { id: 'o-conf', name: 'Confartigianato Imprese Lucca' },
            },
          },
        ],
      }),
      requestMock({ organisationId: 'o-conf', title: 'Direttore' }, sent),
    ]);
    const request = await form();
    fireEvent.click(within(request).getByRole('radio', { name: 'Una nuova organizzazione' }));
    fireEvent.change(within(request).getByRole('textbox', { name: "Nome dell'organizzazione" }), {
      target: { value: 'Confartigianato Lucca' },
    });
    fireEvent.change(within(request).getByRole('combobox', { name: 'Categoria' }), {
      target: { value: 'BUSINESS_ASSOCIATION' },
    });
    fireEvent.change(within(request).getByRole('textbox', { name: 'Sito web (facoltativo)' }), {
      target: { value: 'https://www.confartigianato.lu.it' },
    });
    fireEvent.change(within(request).getByRole('textbox', { name: "Il tuo ruolo nell'organizzazione" }), {
      target: { value: 'Direttore' },
    });
    fireEvent.click(within(request).getByRole('button', { name: 'Invia la richiesta' }));

    const name = within(request).getByRole('textbox', { name: "Nome dell'organizzazione" });
    await waitFor(() => expect(name).toHaveFocus());
    expect(name).toHaveAccessibleDescription(
      expect.stringContaining(
        '«Confartigianato Imprese Lucca» è già registrata: puoi chiedere di rappresentarla.',
      ),
    );

    fireEvent.click(
      within(request).getByRole('button', {
        name: 'Chiedi di rappresentare «Confartigianato Imprese Lucca»',
      }),
    );

    expect(
      await screen.findByText(
        'Richiesta per «Confartigianato Imprese Lucca» inviata: un amministratore la verificherà.',
      ),
    ).toBeInTheDocument();
    expect(sent).toHaveBeenCalledTimes(1);
  });

  it('shows why the API refused a second request for the same organisation', async () => {
    renderPage(citizen, [
      myRepresentationsMock([myRepresentation('r-1', 'cgil', 'PENDING')]),
      requestMock(
        { organisationId: 'o-cgil', title: 'Presidente' },
        {
          errors: [
            {
              message:
                'You already asked to represent "CGIL Lucca": an administrator will decide on that request.',
              extensions: { code: 'CONFLICT', current: { id: 'r-1', status: 'PENDING' } },
            },
          ],
        },
      ),
    ]);
    const request = await form();
    await within(request).findByRole('option', { name: /^CGIL Lucca/ });
    fireEvent.change(within(request).getByRole('combobox', { name: 'Organizzazione' }), {
      target: { value: 'o-cgil' },
    });
    fireEvent.change(within(request).getByRole('textbox', { name: "Il tuo ruolo nell'organizzazione" }), {
      target: { value: 'Presidente' },
    });
    fireEvent.click(within(request).getByRole('button', { name: 'Invia la richiesta' }));

    const alert = await within(request).findByRole('alert');
    await waitFor(() => expect(alert).toHaveFocus());
    expect(alert).toHaveTextContent("L'operazione non è possibile in questo momento.");
    expect(alert).toHaveTextContent('You already asked to represent "CGIL Lucca"');
  });
});
