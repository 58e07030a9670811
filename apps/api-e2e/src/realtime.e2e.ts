import { PUBLIC_ROOM, userRoom, type RoomEvent } from '@piano2030/shared-realtime-contracts';
import { startApi, type RunningApi } from './support/api-process';
import { registeredBrowser, signedInBrowser } from './support/sign-in';
import { connectSocket, joinRoom, type ClientSocket } from './support/sockets';

const ADMIN = { email: 'admin@comune.example', password: 'password amministratore' };

describe('socket.io: the session cookie authenticates, the room policy decides', () => {
  let api: RunningApi;
  const sockets: ClientSocket[] = [];

  const connect = async (cookie = ''): Promise<ClientSocket> => {
    const socket = await connectSocket(api.baseUrl, cookie);
    sockets.push(socket);
    return socket;
  };
  const join = joinRoom;

  beforeAll(async () => (api = await startApi({ ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password })));
  afterAll(async () => {
    sockets.forEach((socket) => socket.disconnect());
    await api?.stop();
  });

  it('lets anyone into the public room and nobody anonymous into a personal one', async () => {
    const anonymous = await connect();
    expect(await join(anonymous, PUBLIC_ROOM)).toEqual({ ok: true, room: PUBLIC_ROOM });
    expect(await join(anonymous, userRoom('00000000-0000-0000-0000-000000000000'))).toEqual({
      ok: false,
      error: 'UNAUTHENTICATED',
    });
  });

  it('lets a signed-in person into their own room only', async () => {
    const browser = await registeredBrowser(api, 'socket@example.org');
    const { data } = await browser.request<{ me: { id: string } }>('{ me { id } }');
    const socket = await connect(browser.cookieHeader());
    expect(await join(socket, userRoom(data!.me.id))).toEqual({ ok: true, room: userRoom(data!.me.id) });
    expect(await join(socket, userRoom('someone-else'))).toEqual({ ok: false, error: 'FORBIDDEN' });
  });

  it('delivers a committed phase change to the public room', async () => {
    const listener = await connect();
    await join(listener, PUBLIC_ROOM);
    const received = new Promise<RoomEvent>((resolve) => listener.once('event', resolve));
    const admin = await signedInBrowser(api, ADMIN.email, ADMIN.password);
    await admin.request(
      'mutation { updateProcessPhase(input: { code: "PROMOTION", startsOn: "2021-07-01", endsOn: "2022-03-31" }) { code } }',
    );
    const event = await received;
    expect(event).toMatchObject({
      room: PUBLIC_ROOM,
      type: 'process-phase.updated',
      payload: { code: 'PROMOTION', startsOn: '2021-07-01', endsOn: '2022-03-31' },
    });
    const [row] = await api.sql<{ ends_on: string }>(
      `SELECT to_char(ends_on, 'YYYY-MM-DD') AS ends_on FROM process_phases WHERE code = 'PROMOTION'`,
    );
    expect(row.ends_on).toBe('2022-03-31');
  });
});
