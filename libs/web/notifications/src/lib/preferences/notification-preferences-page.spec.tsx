import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { i18n, type CurrentUser } from '@piano2030/web-core';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import { citizen, meMock, preferencesMock } from '../../testing/fixtures';
import { SetNotificationPreferencesMutationDocument } from '../shared/notifications.documents';
import { NotificationPreferencesPage } from './notification-preferences-page';

function renderPage(me: CurrentUser | null, mocks: MockLink.MockedResponse[] = []) {
  render(
    <MockedProvider mocks={[meMock(me), ...mocks]}>
      <MemoryRouter initialEntries={['/area-personale/notifiche/preferenze']}>
        <Routes>
          <Route path="/area-personale/notifiche/preferenze" element={<NotificationPreferencesPage />} />
          <Route path="/accedi" element={<h1>Accedi</h1>} />
        </Routes>
      </MemoryRouter>
    </MockedProvider>,
  );
}

const group = (name: string) => screen.findByRole('group', { name });

describe('NotificationPreferencesPage', () => {
  beforeEach(() => i18n.changeLanguage('it'));

  it('sends an anonymous visitor to sign in', async () => {
    renderPage(null);
    expect(await screen.findByRole('heading', { level: 1, name: 'Accedi' })).toBeInTheDocument();
  });

  it('shows the current choice for each kind, says the in-app list keeps everything, and saves the modes chosen', async () => {
    const sent = jest.fn();
    const input = { reply: 'DAILY', disposition: 'IMMEDIATE', mention: 'NONE', moderation: 'DAILY' };
    renderPage(citizen, [
      preferencesMock({
        reply: 'IMMEDIATE',
        disposition: 'IMMEDIATE',
        mention: 'IMMEDIATE',
        moderation: 'DAILY',
      }),
      {
        request: { query: SetNotificationPreferencesMutationDocument, variables: { input } },
        result: () => {
          sent(input);
          return {
            data: { setNotificationPreferences: { __typename: 'NotificationPreferences', ...input } },
          };
        },
      },
    ]);

    const replies = await group('Risposte ai tuoi contributi');
    expect(screen.getByRole('heading', { level: 1, name: 'Notifiche per e-mail' })).toBeInTheDocument();
    expect(
      screen.getByText(/Le notifiche restano comunque tutte nella pagina «Notifiche»/),
    ).toBeInTheDocument();
    expect(
      within(replies)
        .getAllByRole('radio')
        .map((radio) => radio.getAttribute('value')),
    ).toEqual(['IMMEDIATE', 'DAILY', 'NONE']);
    expect(within(replies).getByRole('radio', { name: "Subito, un'e-mail per ciascuna" })).toBeChecked();
    expect(
      within(await group('Tuoi contributi nascosti dalla moderazione')).getByRole('radio', {
        name: 'Nel riepilogo giornaliero',
      }),
    ).toBeChecked();
    expect(screen.getAllByRole('group')).toHaveLength(4);

    fireEvent.click(within(replies).getByRole('radio', { name: 'Nel riepilogo giornaliero' }));
    fireEvent.click(
      within(await group('Menzioni di te o della tua organizzazione')).getByRole('radio', {
        name: 'Mai per e-mail',
      }),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Salva le preferenze' }));

    const saved = await screen.findByText('Preferenze salvate: da ora le e-mail arrivano come hai scelto.');
    expect(saved.closest('[role="status"]')).toHaveAttribute('aria-live', 'polite');
    expect(sent).toHaveBeenCalledWith(input);
    expect(within(replies).getByRole('radio', { name: 'Nel riepilogo giornaliero' })).toBeChecked();
  });

  it('says why saving failed and takes the keyboard to the message', async () => {
    renderPage(citizen, [
      preferencesMock(),
      {
        request: {
          query: SetNotificationPreferencesMutationDocument,
          variables: {
            input: {
              reply: 'IMMEDIATE',
              disposition: 'IMMEDIATE',
              mention: 'IMMEDIATE',
              moderation: 'IMMEDIATE',
            },
          },
        },
        result: { errors: [{ message: 'Not signed in.', extensions: { code: 'UNAUTHENTICATED' } }] },
      },
    ]);
    await group('Risposte ai tuoi contributi');

    fireEvent.click(screen.getByRole('button', { name: 'Salva le preferenze' }));

    const alert = await screen.findByRole('alert');
    await waitFor(() => expect(alert).toHaveFocus());
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
  });
});
