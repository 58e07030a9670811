import { i18n, SignInMutationDocument } from '@piano2030/web-core';
import { fireEvent, screen } from '@testing-library/react';
import { accountMock, meMock, renderWithRoutes, signedInUser } from '../testing/render-with-routes';

const input = { email: 'giulia.bianchi@example.it', password: 'una frase lunga e sicura' };

function submit() {
  fireEvent.change(screen.getByLabelText('Indirizzo e-mail'), { target: { value: input.email } });
  fireEvent.change(screen.getByLabelText('Password'), { target: { value: input.password } });
  fireEvent.click(screen.getByRole('button', { name: 'Accedi' }));
}

function signInFails(extensions: Record<string, unknown>) {
  return {
    request: { query: SignInMutationDocument, variables: { input } },
    result: { errors: [{ message: 'Refused', extensions }] },
  };
}

describe('SignInPage', () => {
  beforeEach(() => i18n.changeLanguage('it'));

  it('says the credentials are wrong on UNAUTHENTICATED, without blaming one field', async () => {
    renderWithRoutes('/accedi', [meMock(null), signInFails({ code: 'UNAUTHENTICATED' })]);

    submit();

    expect(await screen.findByRole('alert')).toHaveTextContent('Indirizzo e-mail o password non corretti.');
    expect(screen.getByRole('alert')).toHaveFocus();
    expect(screen.getByLabelText('Password')).not.toHaveAttribute('aria-invalid');
  });

  it('tells how long to wait when rate limited', async () => {
    renderWithRoutes('/accedi', [
      meMock(null),
      signInFails({ code: 'TOO_MANY_REQUESTS', retryAfterSeconds: 600 }),
    ]);

    submit();

    expect(await screen.findByRole('alert')).toHaveTextContent('Troppi tentativi. Riprova tra 10 minuti.');
  });

  it('brings a visitor sent here by the personal area back to it once signed in', async () => {
    const { currentPath } = renderWithRoutes('/area-personale', [
      meMock(null),
      {
        request: { query: SignInMutationDocument, variables: { input } },
        result: { data: { login: signedInUser } },
      },
      accountMock(),
    ]);
    await screen.findByRole('heading', { level: 1, name: 'Accedi' });

    submit();

    expect(await screen.findByRole('heading', { level: 1, name: 'Area personale' })).toBeInTheDocument();
    expect(currentPath()).toBe('/area-personale');
  });
});
