import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import type { RoomEvent } from '@piano2030/shared-realtime-contracts';
import { i18n, useRoomEvents, type CurrentUser, type RoomEventsOptions } from '@piano2030/web-core';
import { act, render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import { USER_ROOM, citizen, meMock, notificationEvent, unreadCountMock } from '../../testing/fixtures';
import { NotificationsBell } from './notifications-bell';

// The hook itself is tested in web-core; here it stands for the server, so the test can play its events.
jest.mock('@piano2030/web-core', () => ({
  ...jest.requireActual('@piano2030/web-core'),
  useRoomEvents: jest.fn(),
}));

const roomEvents = jest.mocked(useRoomEvents);

/** The room the bell listens to now, and ways to deliver an event or a (re)join to it. */
function currentRoom() {
  const [room, onEvent, options] = roomEvents.mock.lastCall ?? [null, () => undefined, undefined];
  return {
    room,
    deliver: (event: RoomEvent) => act(() => onEvent(event)),
    join: (rejoined: boolean) => act(() => (options as RoomEventsOptions | undefined)?.onJoined?.(rejoined)),
  };
}

function renderBell(me: CurrentUser | null, more: MockLink.MockedResponse[] = [], at = '/') {
  render(
    <MockedProvider mocks={[meMock(me), ...more]}>
      <MemoryRouter initialEntries={[at]}>
        <NotificationsBell />
      </MemoryRouter>
    </MockedProvider>,
  );
}

describe('NotificationsBell', () => {
  beforeEach(async () => {
    await i18n.changeLanguage('it');
    roomEvents.mockReset().mockImplementation((room) => ({ status: room ? 'joined' : 'idle' }));
  });

  it('shows nothing to an anonymous visitor, nor listens to any room', async () => {
    renderBell(null);
    await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
    expect(screen.queryByRole('link')).not.toBeInTheDocument();
    expect(roomEvents).not.toHaveBeenCalled();
  });

  it('shows the unread count, links to the list and follows the live events of the own room', async () => {
    renderBell(citizen, [unreadCountMock(3)]);

    const bell = await screen.findByRole('link', { name: 'Notifiche, 3 non lette' });
    expect(bell).toHaveAttribute('href', '/area-personale/notifiche');
    expect(screen.getByTestId('notifications-bell-count')).toHaveTextContent('3');
    expect(currentRoom().room).toBe(USER_ROOM);

    currentRoom().deliver(notificationEvent('notifications.created', 4));
    expect(await screen.findByRole('link', { name: 'Notifiche, 4 non lette' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Nuova notifica: ne hai 4 da leggere.');

    // Read in another tab: the count drops, and nothing is announced.
    currentRoom().deliver(notificationEvent('notifications.read', 1));
    expect(await screen.findByRole('link', { name: 'Notifiche, 1 non letta' })).toBeInTheDocument();
    currentRoom().deliver(notificationEvent('notifications.read', 0));
    expect(await screen.findByRole('link', { name: 'Notifiche, nessuna non letta' })).toBeInTheDocument();
    expect(screen.queryByTestId('notifications-bell-count')).not.toBeInTheDocument();

    // Other events of the room, or a payload without a count, change nothing.
    currentRoom().deliver({
      ...notificationEvent('notifications.created', 0),
      type: 'governance.meeting-convened',
    });
    currentRoom().deliver({
      ...notificationEvent('notifications.created', 0),
      payload: { unreadCount: 'x' },
    });
    expect(screen.getByRole('link', { name: 'Notifiche, nessuna non letta' })).toBeInTheDocument();
  });

  it('reloads the count when the room is joined again, since events sent meanwhile are lost', async () => {
    renderBell(citizen, [unreadCountMock(2), unreadCountMock(5)]);
    expect(await screen.findByRole('link', { name: 'Notifiche, 2 non lette' })).toBeInTheDocument();

    currentRoom().join(true);

    expect(await screen.findByRole('link', { name: 'Notifiche, 5 non lette' })).toBeInTheDocument();
  });

  it('leaves the announcement to the list when the list is open, and says it is the current page', async () => {
    renderBell(citizen, [unreadCountMock(2)], '/area-personale/notifiche');
    const bell = await screen.findByRole('link', { name: 'Notifiche, 2 non lette' });
    expect(bell).toHaveAttribute('aria-current', 'page');

    currentRoom().deliver(notificationEvent('notifications.created', 3));

    expect(await screen.findByRole('link', { name: 'Notifiche, 3 non lette' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
  });

  it('speaks English too', async () => {
    await i18n.changeLanguage('en');
    renderBell(citizen, [unreadCountMock(3)]);
    expect(await screen.findByRole('link', { name: 'Notifications, 3 unread' })).toBeInTheDocument();
  });
});
