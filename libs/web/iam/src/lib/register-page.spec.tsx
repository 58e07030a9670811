import { i18n, RegisterMutationDocument } from '@piano2030/web-core';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { accountMock, meMock, renderWithRoutes, signedInUser } from '../testing/render-with-routes';

const input = {
  email: 'giulia.bianchi@example.it',
  password: 'una frase lunga e sicura',
  displayName: 'Giulia Bianchi',
  privacyConsent: true,
};

const CONSENT = /^Ho letto l'informativa sul trattamento dei dati personali/;

function fill(values = input) {
  fireEvent.change(screen.getByLabelText('Indirizzo e-mail'), { target: { value: values.email } });
  fireEvent.change(screen.getByLabelText('Password'), { target: { value: values.password } });
  fireEvent.change(screen.getByLabelText('Nome visualizzato'), { target: { value: values.displayName } });
  if (values.privacyConsent) fireEvent.click(screen.getByRole('checkbox', { name: CONSENT }));
}

function fillAndSubmit(values = input) {
  fill(values);
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

  it('links the consent to the privacy notice, in a new tab so what was typed stays', async () => {
    renderWithRoutes('/registrati', [meMock(null)]);

    const consent = await screen.findByRole('checkbox', { name: CONSENT });
    expect(consent).not.toBeChecked();
    expect(consent).toBeRequired();
    const link = screen.getByRole('link', { name: /Leggi l'informativa .*versione 2026-11/ });
    expect(link).toHaveAttribute('href', '/privacy');
    expect(link).toHaveAttribute('target', '_blank');
    expect(consent).toHaveAccessibleDescription(expect.stringContaining('comparirai con le iniziali'));
  });

  it('does not register without the consent: the error is on the checkbox, which takes focus', async () => {
    renderWithRoutes('/registrati', [meMock(null)]);

    fillAndSubmit({ ...input, privacyConsent: false });

    const consent = screen.getByRole('checkbox', { name: CONSENT });
    await waitFor(() => expect(consent).toHaveFocus());
    expect(consent).toHaveAttribute('aria-invalid', 'true');
    expect(consent).toHaveAccessibleDescription(
      expect.stringContaining(
        "Per registrarti devi dichiarare di aver letto l'informativa e acconsentire al trattamento dei dati.",
      ),
    );
    expect(screen.getByRole('alert')).toHaveTextContent('Il modulo contiene errori');
  });

  it("places the API's refusal of the consent on the checkbox", async () => {
    renderWithRoutes('/registrati', [
      meMock(null),
      registerAnswers({
        errors: [
          {
            message: 'Invalid input.',
            extensions: {
              code: 'BAD_USER_INPUT',
              fieldErrors: { privacyConsent: ['privacyConsent must be true'] },
            },
          },
        ],
      }),
    ]);

    fillAndSubmit();

    const consent = screen.getByRole('checkbox', { name: CONSENT });
    await waitFor(() => expect(consent).toHaveAttribute('aria-invalid', 'true'));
    expect(consent).toHaveFocus();
    expect(screen.queryByText(/must be true/)).not.toBeInTheDocument();
  });

  it('takes the new account to its personal area', async () => {
    const { currentPath } = renderWithRoutes('/registrati', [
      meMock(null),
      registerAnswers({ data: { register: signedInUser } }),
      accountMock(),
    ]);

    fillAndSubmit();

    expect(await screen.findByRole('heading', { level: 1, name: 'Area personale' })).toBeInTheDocument();
    expect(currentPath()).toBe('/area-personale');
  });
});
