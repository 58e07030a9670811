import { i18n, SignOutMutationDocument } from '@piano2030/web-core';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { meMock, renderWithRoutes, signedInUser } from '../testing/render-with-routes';

describe('AccountPage', () => {
  beforeEach(() => i18n.changeLanguage('it'));

  it('sends an anonymous visitor to sign in', async () => {
    const { currentPath } = renderWithRoutes('/area-personale', [meMock(null)]);

    expect(await screen.findByRole('heading', { level: 1, name: 'Accedi' })).toBeInTheDocument();
    expect(currentPath()).toBe('/accedi');
  });

  it('shows the profile of the signed-in account', async () => {
    renderWithRoutes('/area-personale', [meMock({ ...signedInUser, roles: ['MODERATOR'] })]);

    expect(await screen.findByRole('heading', { level: 1, name: 'Area personale' })).toBeInTheDocument();
    expect(screen.getByText('Giulia Bianchi')).toBeInTheDocument();
    expect(screen.getByText('giulia.bianchi@example.it')).toBeInTheDocument();
    expect(screen.getByText('Moderatore')).toBeInTheDocument();
    expect(screen.getByText('15 gennaio 2021')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Esci' })).toBeInTheDocument();
  });

  it('signs out and goes back to the home page', async () => {
    const { currentPath } = renderWithRoutes('/area-personale', [
      meMock(signedInUser),
      { request: { query: SignOutMutationDocument }, result: { data: { logout: true } } },
      meMock(null),
    ]);

    fireEvent.click(await screen.findByRole('button', { name: 'Esci' }));

    await waitFor(() => expect(currentPath()).toBe('/'));
    expect(screen.getByText('home')).toBeInTheDocument();
  });
});
