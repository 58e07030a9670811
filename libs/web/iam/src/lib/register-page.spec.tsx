import { i18n, RegisterMutationDocument } from '@piano2030/web-core';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { meMock, renderWithRoutes, signedInUser } from '../testing/render-with-routes';

const input = {
  email: 'giulia.bianchi@example.it',
  password: 'una frase lunga e sicura',
  displayName: 'Giulia Bianchi',
};

function fillAndSubmit(values = input) {
  fireEvent.change(screen.getByLabelText('Indirizzo e-mail'), { target: { value: values.email } });
  fireEvent.change(screen.getByLabelText('Password'), { target: { value: values.password } });
  fireEvent.change(screen.getByLabelText('Nome visualizzato'), { target: { value: values.displayName } });
  fireEvent.click(screen.getByRole('button', { name: "Crea l'account" }));
}

function registerAnswers(result: object) {
  return { request: { query: RegisterMutationDocument, variables: { input } }, result };
}

describe('RegisterPage', () => {
  beforeEach(() => i18n.changeLanguage('it'));

  it("shows, next to each field the API rejects, that field's rule in Italian", async () => {
    renderWithRoutes('/registrati', [
      meMock(null),
      registerAnswers({
        errors: [
          {
            message: 'Invalid input.',
            extensions: {
              code: 'BAD_USER_INPUT',
              fieldErrors: {
                email: ['email domain is not accepted'],
                'input.displayName': ['displayName contains forbidden characters'],
              },
            },
          },
        ],
      }),
    ]);

    fillAndSubmit();

    const email = screen.getByLabelText('Indirizzo e-mail');
    await waitFor(() =>
      expect(email).toHaveAccessibleDescription(
        'Inserisci un indirizzo e-mail valido, ad esempio nome@esempio.it.',
      ),
    );
    expect(email).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText('Nome visualizzato')).toHaveAccessibleDescription(
      expect.stringContaining(
        'Il nome visualizzato deve avere da 2 a 80 caratteri, senza caratteri di controllo.',
      ),
    );
    expect(screen.queryByText(/forbidden characters|not accepted/)).not.toBeInTheDocument();
    expect(screen.getByLabelText('Password')).not.toHaveAttribute('aria-invalid');
    expect(screen.getByRole('alert')).toHaveTextContent('Il modulo contiene errori');
    expect(email).toHaveFocus();
  });

  it('puts an already registered e-mail (CONFLICT) on the e-mail field', async () => {
    renderWithRoutes('/registrati', [
      meMock(null),
      registerAnswers({ errors: [{ message: 'Already registered', extensions: { code: 'CONFLICT' } }] }),
    ]);

    fillAndSubmit();

    await waitFor(() =>
      expect(screen.getByLabelText('Indirizzo e-mail')).toHaveAccessibleDescription(
        'Esiste già un account con questo indirizzo e-mail. Se è il tuo, accedi.',
      ),
    );
  });

  it('checks lengths before calling the API, with the limits in the message', async () => {
    renderWithRoutes('/registrati', [meMock(null)]);

    fillAndSubmit({ ...input, password: 'corta', displayName: 'G' });

    expect(await screen.findByText('La password deve avere da 12 a 128 caratteri.')).toBeInTheDocument();
    expect(screen.getByLabelText('Nome visualizzato')).toHaveAccessibleDescription(
      expect.stringContaining('Il nome visualizzato deve avere da 2 a 80 caratteri.'),
    );
    expect(screen.getByLabelText('Password')).toHaveFocus();
  });

  it('takes the new account to its personal area', async () => {
    const { currentPath } = renderWithRoutes('/registrati', [
      meMock(null),
      registerAnswers({ data: { register: signedInUser } }),
    ]);

    fillAndSubmit();

    expect(await screen.findByRole('heading', { level: 1, name: 'Area personale' })).toBeInTheDocument();
    expect(currentPath()).toBe('/area-personale');
  });
});
