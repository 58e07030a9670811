import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { i18n, useRoomEvents, type CurrentUser } from '@piano2030/web-core';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import {
  USER_ROOM,
  citizen,
  everyKind,
  meMock,
  notification,
  notificationEvent,
  notificationsMock,
  page,
  unreadCountMock,
} from '../../testing/fixtures';
import { createFakeRoom } from '../../testing/fake-room';
import { NotificationsBell } from '../bell/notifications-bell';
import { MarkNotificationsReadMutationDocument } from '../shared/notifications.documents';
import { NotificationsPage } from './notifications-page';

jest.mock('@piano2030/web-core', () => ({
  ...jest.requireActual('@piano2030/web-core'),
  useRoomEvents: jest.fn(),
}));

const roomEvents = jest.mocked(useRoomEvents);
const room = createFakeRoom();

const ALL = { first: 20, unreadOnly: false };
const UNREAD = { first: 20, unreadOnly: true };

/** The page, with the header's bell beside it as in the app. */
function renderPage(me: CurrentUser | null, mocks: MockLink.MockedResponse[]) {
  render(
    <MockedProvider mocks={[meMock(me), ...mocks]}>
      <MemoryRouter initialEntries={['/area-personale/notifiche']}>
        <NotificationsBell />
        <Routes>
          <Route path="/area-personale/notifiche" element={<NotificationsPage />} />
          <Route path="/accedi" element={<h1>Accedi</h1>} />
          <Route path="/consultazioni/:id" element={<h1>Consultazione</h1>} />
        </Routes>
      </MemoryRouter>
    </MockedProvider>,
  );
}

const markMock = (
  variables: { ids: string[] } | { all: true },
  marked: number,
  sent: jest.Mock = jest.fn(),
): MockLink.MockedResponse => ({
  request: { query: MarkNotificationsReadMutationDocument, variables },
  result: () => {
    sent(variables);
    return { data: { markNotificationsRead: marked } };
  },
});

const list = () => screen.findByRole('region', { name: 'Le tue notifiche' });
const item = (name: RegExp) => screen.getByRole('article', { name });
const headings = (container: HTMLElement) =>
  within(container)
    .getAllByRole('heading', { level: 3 })
    .map((heading) => heading.textContent);

describe('NotificationsPage', () => {
  beforeEach(async () => {
    await i18n.changeLanguage('it');
    room.reset();
    roomEvents.mockReset().mockImplementation(room.useFakeRoomEvents);
  });

  it('sends an anonymous visitor to sign in', async () => {
    renderPage(null, []);
    expect(await screen.findByRole('heading', { level: 1, name: 'Accedi' })).toBeInTheDocument();
  });

  it('tells each kind in a sentence, newest first, marks the unread ones in words and quotes the texts as plain text', async () => {
    renderPage(citizen, [unreadCountMock(2), notificationsMock(ALL, page(everyKind))]);

    const region = await list();
    await within(region).findAllByRole('article');
    expect(headings(region)).toEqual([
      'Da leggere Marta P. ha risposto al tuo contributo in «Mobilità sostenibile nella Piana»',
      'Da leggere R. F. (Confartigianato Imprese Lucca) ha menzionato «Anna Verdi» in «Mobilità sostenibile nella Piana»',
      'Il Comitato operativo ha risposto al tuo contributo in «Mobilità sostenibile nella Piana»: Accolto',
      'Il tuo contributo in «Mobilità sostenibile nella Piana» è stato nascosto dalla moderazione',
    ]);
    expect(within(region).getByText('2 notifiche da leggere')).toBeInTheDocument();

    const reply = item(/Marta P\. ha risposto/);
    // Markup in a quoted text is shown as it was written, never run.
    expect(reply).toHaveTextContent(
      'La risposta: Sono d’accordo: <script>alert("x")</script> le corse serali mancano.',
    );
    expect(region.querySelector('script')).toBeNull();
    expect(reply).toHaveTextContent('20 nov 2026, 17:45');
    expect(within(reply).getByRole('link', { name: 'Vai al contributo' })).toHaveAttribute(
      'href',
      '/consultazioni/c-mob#contributo-k-n-reply',
    );
    expect(within(reply).getByRole('button', { name: 'Segna come letta' })).toHaveAccessibleDescription(
      /Marta P\. ha risposto/,
    );

    const answer = item(/Comitato operativo ha risposto/);
    expect(answer).toHaveTextContent('Il tuo contributo: Servono più corse serali tra Capannori e Lucca.');
    expect(answer).toHaveTextContent(
      'Motivazione: Le corse serali entrano nel piano del trasporto pubblico 2027.',
    );
    expect(within(answer).queryByRole('button')).not.toBeInTheDocument();
    const hidden = item(/nascosto dalla moderazione/);
    expect(hidden).toHaveTextContent('Motivo: Contiene dati personali di terzi.');
  });

  it('marks one as read, updating the list, the count and the bell, and keeps the keyboard on that notification', async () => {
    const sent = jest.fn();
    renderPage(citizen, [
      unreadCountMock(2),
      notificationsMock(ALL, page(everyKind)),
      markMock({ ids: ['n-reply'] }, 1, sent),
      unreadCountMock(1),
    ]);
    await screen.findByRole('link', { name: 'Notifiche, 2 non lette' });
    await list();
    const reply = await screen.findByRole('article', { name: /Marta P\. ha risposto/ });

    fireEvent.click(within(reply).getByRole('button', { name: 'Segna come letta' }));

    expect(await screen.findByText('Notifica segnata come letta.')).toBeInTheDocument();
    expect(sent).toHaveBeenCalledWith({ ids: ['n-reply'] });
    expect(await screen.findByText('1 notifica da leggere')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Notifiche, 1 non letta' })).toBeInTheDocument();
    const read = item(/Marta P\. ha risposto/);
    expect(within(read).getByRole('heading', { level: 3 })).not.toHaveTextContent('Da leggere');
    expect(within(read).queryByRole('button')).not.toBeInTheDocument();
    await waitFor(() => expect(read).toHaveFocus());
  });

  it('counts a read once when the socket tells of it before the mutation answers', async () => {
    const readReply = everyKind.map((node) =>
      node.id === 'n-reply' ? { ...node, readAt: '2026-11-21T08:00:00.000Z' } : node,
    );
    renderPage(citizen, [
      unreadCountMock(2),
      notificationsMock(ALL, page(everyKind)),
      { ...markMock({ ids: ['n-reply'] }, 1), delay: 150 },
      notificationsMock(ALL, page(readReply)),
      unreadCountMock(1),
    ]);
    await screen.findByRole('link', { name: 'Notifiche, 2 non lette' });
    const reply = await screen.findByRole('article', { name: /Marta P\. ha risposto/ });

    fireEvent.click(within(reply).getByRole('button', { name: 'Segna come letta' }));
    await room.deliver(notificationEvent('notifications.read', 1));

    expect(await screen.findByText('Notifica segnata come letta.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Notifiche, 1 non letta' })).toBeInTheDocument();
    expect(screen.getByText('1 notifica da leggere')).toBeInTheDocument();
  });

  it('marks all as read at once', async () => {
    const sent = jest.fn();
    renderPage(citizen, [
      unreadCountMock(2),
      notificationsMock(ALL, page(everyKind)),
      markMock({ all: true }, 2, sent),
      unreadCountMock(0),
    ]);
    const region = await list();
    await within(region).findAllByRole('article');

    fireEvent.click(within(region).getByRole('button', { name: 'Segna tutte come lette' }));

    expect(await screen.findByText('Tutte le notifiche sono segnate come lette.')).toBeInTheDocument();
    expect(sent).toHaveBeenCalledWith({ all: true });
    expect(within(region).getByText('Non hai notifiche da leggere.')).toBeInTheDocument();
    expect(within(region).queryByText('Da leggere')).not.toBeInTheDocument();
    expect(within(region).queryByRole('button', { name: /Segna/ })).not.toBeInTheDocument();
    expect(await screen.findByRole('link', { name: 'Notifiche, nessuna non letta' })).toBeInTheDocument();
    await waitFor(() =>
      expect(screen.getByRole('heading', { level: 2, name: 'Le tue notifiche' })).toHaveFocus(),
    );
  });

  it('shows only the unread ones when asked', async () => {
    const unread = everyKind.filter((node) => !node.readAt);
    renderPage(citizen, [
      unreadCountMock(2),
      notificationsMock(ALL, page(everyKind)),
      notificationsMock(UNREAD, page(unread)),
    ]);
    const region = await list();
    await within(region).findAllByRole('article');

    fireEvent.click(within(region).getByRole('checkbox', { name: 'Mostra solo quelle da leggere' }));

    await waitFor(() => expect(within(region).getAllByRole('article')).toHaveLength(2));
    expect(headings(region).every((text) => text?.startsWith('Da leggere'))).toBe(true);
  });

  it('says so when there is nothing to read', async () => {
    renderPage(citizen, [
      unreadCountMock(0),
      notificationsMock(ALL, page([])),
      notificationsMock(UNREAD, page([])),
    ]);
    const region = await list();
    expect(await within(region).findByText(/Non hai ancora notifiche/)).toBeInTheDocument();
    fireEvent.click(within(region).getByRole('checkbox', { name: 'Mostra solo quelle da leggere' }));
    expect(
      await within(region).findByText('Non hai notifiche da leggere.', { selector: 'p.p-4' }),
    ).toBeInTheDocument();
  });

  it('loads the next page after the cursor, and takes the keyboard to the first one loaded', async () => {
    const first = page(everyKind.slice(0, 2), { hasNextPage: true, endCursor: 'c-2', unreadCount: 2 });
    const second = page(everyKind.slice(2), { hasNextPage: false, endCursor: 'c-4', unreadCount: 2 });
    renderPage(citizen, [
      unreadCountMock(2),
      notificationsMock(ALL, first),
      notificationsMock({ ...ALL, after: 'c-2' }, second),
    ]);
    const region = await list();
    await waitFor(() => expect(within(region).getAllByRole('article')).toHaveLength(2));

    fireEvent.click(within(region).getByRole('button', { name: 'Carica altre' }));

    await waitFor(() => expect(within(region).getAllByRole('article')).toHaveLength(4));
    expect(within(region).queryByRole('button', { name: 'Carica altre' })).not.toBeInTheDocument();
    await waitFor(() => expect(item(/Comitato operativo ha risposto/)).toHaveFocus());
  });

  it('puts new ones at the top as they come and announces them politely, leaving the focus where it is', async () => {
    const older = everyKind.slice(1);
    const fresh = notification('n-new', 'REPLY', {
      actorName: 'Luca N.',
      excerpt: 'Anche a Porcari servono.',
      createdAt: '2026-11-21T08:00:00.000Z',
    });
    renderPage(citizen, [
      unreadCountMock(1),
      notificationsMock(ALL, page(older)),
      notificationsMock(ALL, page([fresh, ...older])),
    ]);
    const region = await list();
    await waitFor(() => expect(within(region).getAllByRole('article')).toHaveLength(3));
    const filter = within(region).getByRole('checkbox', { name: 'Mostra solo quelle da leggere' });
    filter.focus();

    await room.deliver(notificationEvent('notifications.created', 2));

    await waitFor(() => expect(within(region).getAllByRole('article')).toHaveLength(4));
    expect(headings(region)[0]).toBe(
      'Da leggere Luca N. ha risposto al tuo contributo in «Mobilità sostenibile nella Piana»',
    );
    const status = within(region).getByRole('status');
    expect(status).toHaveAttribute('aria-live', 'polite');
    expect(status).toHaveTextContent("È arrivata 1 nuova notifica, in cima all'elenco.");
    expect(filter).toHaveFocus();
    expect(within(region).getByText('2 notifiche da leggere')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Notifiche, 2 non lette' })).toBeInTheDocument();
  });

  it('takes reads made elsewhere (another tab) into account, in the unread-only list too', async () => {
    const unread = everyKind.filter((node) => !node.readAt);
    renderPage(citizen, [
      unreadCountMock(2),
      notificationsMock(ALL, page(everyKind)),
      notificationsMock(UNREAD, page(unread)),
      notificationsMock(UNREAD, page([unread[1]])),
      notificationsMock(UNREAD, page([])),
    ]);
    const region = await list();
    await within(region).findAllByRole('article');
    fireEvent.click(within(region).getByRole('checkbox', { name: 'Mostra solo quelle da leggere' }));
    await waitFor(() => expect(within(region).getAllByRole('article')).toHaveLength(2));

    await room.deliver(notificationEvent('notifications.read', 1));

    // The one read elsewhere stays in place, marked read, so nothing moves under the reader's eyes.
    await waitFor(() => expect(within(region).getByText('1 notifica da leggere')).toBeInTheDocument());
    expect(within(region).getAllByRole('article')).toHaveLength(2);
    expect(headings(region)[0]).not.toMatch(/^Da leggere/);
    expect(headings(region)[1]).toMatch(/^Da leggere/);
    expect(screen.getByRole('link', { name: 'Notifiche, 1 non letta' })).toBeInTheDocument();

    await room.deliver(notificationEvent('notifications.read', 0));
    await waitFor(() =>
      expect(within(region).getByText('Non hai notifiche da leggere.')).toBeInTheDocument(),
    );
    expect(headings(region).some((text) => text?.startsWith('Da leggere'))).toBe(false);
  });

  it('catches up after a lost connection: the bell and the list reload when the room is joined again', async () => {
    const fresh = notification('n-new', 'MENTION', {
      actorName: 'G. L.',
      createdAt: '2026-11-21T08:00:00.000Z',
    });
    renderPage(citizen, [
      unreadCountMock(2),
      notificationsMock(ALL, page(everyKind)),
      unreadCountMock(3),
      notificationsMock(ALL, page([fresh, ...everyKind])),
    ]);
    const region = await list();
    await waitFor(() => expect(within(region).getAllByRole('article')).toHaveLength(4));
    await screen.findByRole('link', { name: 'Notifiche, 2 non lette' });

    await room.rejoin(USER_ROOM);

    await waitFor(() => expect(within(region).getAllByRole('article')).toHaveLength(5));
    expect(headings(region)[0]).toBe(
      'Da leggere G. L. ti ha menzionato in «Mobilità sostenibile nella Piana»',
    );
    expect(within(region).getByRole('status')).toHaveTextContent(
      "È arrivata 1 nuova notifica, in cima all'elenco.",
    );
    expect(await screen.findByRole('link', { name: 'Notifiche, 3 non lette' })).toBeInTheDocument();
  });

  it('speaks English too', async () => {
    await i18n.changeLanguage('en');
    renderPage(citizen, [unreadCountMock(2), notificationsMock(ALL, page(everyKind))]);
    const region = await screen.findByRole('region', { name: 'Your notifications' });
    await within(region).findAllByRole('article');
    expect(headings(region)).toEqual([
      'Unread Marta P. replied to your contribution in “Mobilità sostenibile nella Piana”',
      'Unread R. F. (Confartigianato Imprese Lucca) mentioned “Anna Verdi” in “Mobilità sostenibile nella Piana”',
      'The Operational Committee answered your contribution in “Mobilità sostenibile nella Piana”: Accepted',
      'Your contribution in “Mobilità sostenibile nella Piana” was hidden by moderation',
    ]);
  });
});
