import { i18n, SignOutMutationDocument } from '@piano2030/web-core';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { accountMock, meMock, renderWithRoutes, signedInUser } from '../testing/render-with-routes';
import { SetPublicNameModeMutationDocument } from './account.documents';

describe('AccountPage', () => {
  beforeEach(() => i18n.changeLanguage('it'));

  it('sends an anonymous visitor to sign in', async () => {
    const { currentPath } = renderWithRoutes('/area-personale', [meMock(null)]);

    expect(await screen.findByRole('heading', { level: 1, name: 'Accedi' })).toBeInTheDocument();
    expect(currentPath()).toBe('/accedi');
  });

  it('shows the profile of the signed-in account', async () => {
    renderWithRoutes('/area-personale', [meMock({ ...signedInUser, roles: ['MODERATOR'] }), accountMock()]);

    expect(await screen.findByRole('heading', { level: 1, name: 'Area personale' })).toBeInTheDocument();
    expect(screen.getAllByText('Giulia Bianchi')[0]).toBeInTheDocument();
    expect(screen.getByText('giulia.bianchi@example.it')).toBeInTheDocument();
    expect(screen.getByText('Moderatore')).toBeInTheDocument();
    expect(screen.getByText('15 gennaio 2021')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Esci' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Le mie organizzazioni' })).toHaveAttribute(
      'href',
      '/area-personale/organizzazioni',
    );
  });

  it('says when the privacy notice was accepted, and which version', async () => {
    renderWithRoutes('/area-personale', [meMock(signedInUser), accountMock()]);

    expect(await screen.findByText('3 novembre 2026')).toBeInTheDocument();
    expect(screen.getByText('Accettata il')).toBeInTheDocument();
    expect(screen.getByText('2026-11')).toBeInTheDocument();
  });

  it('previews both public names and saves the one chosen, announcing it', async () => {
    const saved = jest.fn(() => ({
      data: {
        setPublicNameMode: {
          __typename: 'User',
          id: signedInUser.id,
          publicNameMode: 'FULL_NAME',
          publicName: 'Giulia Bianchi',
        },
      },
    }));
    renderWithRoutes('/area-personale', [
      meMock(signedInUser),
      accountMock(),
      {
        request: { query: SetPublicNameModeMutationDocument, variables: { mode: 'FULL_NAME' } },
        result: saved,
      },
    ]);

    const choices = await screen.findByRole('group', { name: 'Mostra il mio nome' });
    const initials = within(choices).getByRole('radio', { name: 'Con le iniziali: G. B.' });
    const full = within(choices).getByRole('radio', { name: 'Per esteso: Giulia Bianchi' });
    expect(initials).toBeChecked();
    expect(screen.getByTestId('public-name-preview')).toHaveTextContent('G. B.');

    fireEvent.click(full);
    expect(screen.getByTestId('public-name-preview')).toHaveTextContent('Giulia Bianchi');
    fireEvent.click(screen.getByRole('button', { name: 'Salva la scelta' }));

    expect(
      await screen.findByText('Scelta salvata: ora in pubblico compari come «Giulia Bianchi».'),
    ).toBeInTheDocument();
    expect(saved).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(full).toBeChecked());
  });

  it('signs out and goes back to the home page', async () => {
    const { currentPath } = renderWithRoutes('/area-personale', [
      meMock(signedInUser),
      accountMock(),
      { request: { query: SignOutMutationDocument }, result: { data: { logout: true } } },
      meMock(null),
      // Signing out refetches what is still on screen while the page moves away.
      accountMock(),
    ]);

    fireEvent.click(await screen.findByRole('button', { name: 'Esci' }));

    await waitFor(() => expect(currentPath()).toBe('/'));
    expect(screen.getByText('home')).toBeInTheDocument();
  });
});
