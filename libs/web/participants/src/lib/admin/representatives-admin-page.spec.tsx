import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { i18n, type CurrentUser } from '@piano2030/web-core';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import { admin, citizen, meMock, request, requestsMock } from '../../testing/fixtures';
import {
  RejectRepresentationMutationDocument,
  RevokeRepresentationMutationDocument,
  VerifyRepresentationMutationDocument,
} from '../shared/participants.documents';
import { RepresentativesAdminPage } from './representatives-admin-page';

const pending = [
  request('r-1', 'confartigianato', 'PENDING', 'Roberto Franchi', {
    taxCode: '01234567897',
    website: 'https://confartigianato.example.it',
  }),
  request('r-2', 'cgil', 'PENDING', 'Marta Pieri'),
];

const decision = (id: string, status: string, decisionReason: string | null = null) => ({
  __typename: 'Representation',
  id,
  status,
  decidedAt: '2026-11-05T10:00:00.000Z',
  decisionReason,
});

function renderPage(me: CurrentUser | null, more: MockLink.MockedResponse[] = []) {
  render(
    <MockedProvider mocks={[meMock(me), requestsMock('PENDING', pending), ...more]}>
      <MemoryRouter initialEntries={['/amministrazione/rappresentanti']}>
        <Routes>
          <Route path="/amministrazione/rappresentanti" element={<RepresentativesAdminPage />} />
          <Route path="/accedi" element={<h1>Accedi</h1>} />
        </Routes>
      </MemoryRouter>
    </MockedProvider>,
  );
}

const card = async (name: string) =>
  (await screen.findByRole('heading', { level: 2, name })).closest('li') as HTMLElement;

describe('RepresentativesAdminPage', () => {
  beforeEach(() => i18n.changeLanguage('it'));

  it('sends an anonymous visitor to sign in', async () => {
    renderPage(null);
    expect(await screen.findByRole('heading', { level: 1, name: 'Accedi' })).toBeInTheDocument();
  });

  it('is for administrators only', async () => {
    renderPage(citizen);
    expect(
      await screen.findByText('Questa pagina è riservata agli amministratori della piattaforma.'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Verifica' })).not.toBeInTheDocument();
  });

  it('lists the pending requests with what an administrator checks them against', async () => {
    renderPage(admin);

    const first = await card('Roberto Franchi per «Confartigianato Imprese Lucca»');
    expect(screen.getByText('2 richieste in questo elenco.')).toHaveAttribute('role', 'status');
    expect(first).toHaveTextContent('In attesa di verifica');
    expect(first).toHaveTextContent('RuoloPresidente');
    expect(first).toHaveTextContent('CategoriaAssociazioni di categoria');
    expect(first).toHaveTextContent('Partita IVA o codice fiscale01234567897');
    expect(within(first).getByRole('link', { name: 'https://confartigianato.example.it' })).toHaveAttribute(
      'target',
      '_blank',
    );
    expect(await card('Marta Pieri per «CGIL Lucca»')).toHaveTextContent(
      'Partita IVA o codice fiscalenon indicato',
    );
  });

  it('verifies a request, announcing it; the verified representative can then be revoked', async () => {
    const verified = jest.fn(() => ({ data: { verifyRepresentation: decision('r-1', 'VERIFIED') } }));
    renderPage(admin, [
      {
        request: { query: VerifyRepresentationMutationDocument, variables: { id: 'r-1' } },
        result: verified,
      },
    ]);
    const first = await card('Roberto Franchi per «Confartigianato Imprese Lucca»');

    fireEvent.click(within(first).getByRole('button', { name: 'Verifica' }));

    expect(
      await within(first).findByText(
        'Roberto Franchi è ora rappresentante verificato di «Confartigianato Imprese Lucca».',
      ),
    ).toBeInTheDocument();
    expect(verified).toHaveBeenCalledTimes(1);
    expect(first).toHaveTextContent('Verificata');
    expect(within(first).queryByRole('button', { name: 'Verifica' })).not.toBeInTheDocument();
    expect(within(first).getByRole('button', { name: 'Revoca' })).toBeInTheDocument();
    await waitFor(() => expect(within(first).getByRole('heading', { level: 2 })).toHaveFocus());
  });

  it('rejects a request only with a reason, checked before sending, then says so', async () => {
    const rejected = jest.fn(() => ({
      data: { rejectRepresentation: decision('r-2', 'REJECTED', 'Non risulta tra i delegati.') },
    }));
    renderPage(admin, [
      {
        request: {
          query: RejectRepresentationMutationDocument,
          variables: { id: 'r-2', reason: 'Non risulta tra i delegati.' },
        },
        result: rejected,
      },
    ]);
    const second = await card('Marta Pieri per «CGIL Lucca»');

    fireEvent.click(within(second).getByRole('button', { name: 'Respingi' }));
    const reason = within(second).getByRole('textbox', { name: 'Perché respingi la richiesta' });
    await waitFor(() => expect(reason).toHaveFocus());
    expect(
      within(second).getByRole('form', { name: 'Respingi la richiesta di Marta Pieri per «CGIL Lucca»' }),
    ).toBeInTheDocument();

    fireEvent.click(within(second).getByRole('button', { name: 'Respingi la richiesta' }));
    expect(reason).toHaveAttribute('aria-invalid', 'true');
    expect(reason).toHaveAccessibleDescription(
      expect.stringContaining('Scrivi una motivazione da 3 a 1000 caratteri.'),
    );
    expect(rejected).not.toHaveBeenCalled();

    fireEvent.change(reason, { target: { value: ' Non risulta tra i delegati. ' } });
    fireEvent.click(within(second).getByRole('button', { name: 'Respingi la richiesta' }));

    expect(
      await within(second).findByText('Richiesta di Marta Pieri per «CGIL Lucca» respinta.'),
    ).toBeInTheDocument();
    expect(rejected).toHaveBeenCalledTimes(1);
    expect(second).toHaveTextContent('Respinta');
    expect(second).toHaveTextContent('MotivazioneNon risulta tra i delegati.');
    expect(within(second).queryByRole('button')).not.toBeInTheDocument();
  });

  it('cancels a reason form, giving focus back to the button that opened it', async () => {
    renderPage(admin);
    const second = await card('Marta Pieri per «CGIL Lucca»');

    fireEvent.click(within(second).getByRole('button', { name: 'Respingi' }));
    fireEvent.click(within(second).getByRole('button', { name: 'Annulla' }));

    await waitFor(() => expect(within(second).getByRole('button', { name: 'Respingi' })).toHaveFocus());
    expect(within(second).queryByRole('textbox')).not.toBeInTheDocument();
  });

  it('shows verified representatives on request, and explains a revocation the state no longer allows', async () => {
    renderPage(admin, [
      requestsMock('VERIFIED', [request('r-3', 'imt', 'VERIFIED', 'Giorgio Landi')]),
      {
        request: {
          query: RevokeRepresentationMutationDocument,
          variables: { id: 'r-3', reason: 'Non è più delegato.' },
        },
        result: {
          errors: [
            {
              message:
                'Cannot decide: only a VERIFIED representation can be revoked, and this one is REVOKED.',
              extensions: { code: 'CONFLICT', current: { id: 'r-3', status: 'REVOKED' } },
            },
          ],
        },
      },
    ]);
    await card('Roberto Franchi per «Confartigianato Imprese Lucca»');

    fireEvent.change(screen.getByRole('combobox', { name: 'Mostra' }), { target: { value: 'VERIFIED' } });
    const third = await card('Giorgio Landi per «Scuola IMT Alti Studi Lucca»');
    fireEvent.click(within(third).getByRole('button', { name: 'Revoca' }));
    fireEvent.change(within(third).getByRole('textbox', { name: 'Perché revochi il rappresentante' }), {
      target: { value: 'Non è più delegato.' },
    });
    fireEvent.click(within(third).getByRole('button', { name: 'Revoca il rappresentante' }));

    const alert = await within(third).findByRole('alert');
    await waitFor(() => expect(alert).toHaveFocus());
    expect(alert).toHaveTextContent("L'operazione non è possibile in questo momento.");
    expect(alert).toHaveTextContent('only a VERIFIED representation can be revoked');
  });
});
