import { createConnection } from 'node:net';
import { io } from 'socket.io-client';
import { PUBLIC_ROOM, type RoomEvent } from '@piano2030/shared-realtime-contracts';
import { startApi, type RunningApi } from './support/api-process';

const REDIS_URL = process.env.E2E_REDIS_URL ?? 'redis://127.0.0.1:6379';

function reachable(url: string): Promise<boolean> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = createConnection({ host: hostname, port: Number(port) || 6379 });
    const settle = (answer: boolean) => {
      socket.destroy();
      resolve(answer);
    };
    socket.setTimeout(500);
    socket.once('connect', () => settle(true));
    socket.once('error', () => settle(false));
    socket.once('timeout', () => settle(false));
  });
}

/** Needs a Redis server; skipped (and said so) when none answers at E2E_REDIS_URL. */
describe('socket.io across two API instances through Redis', () => {
  let api: RunningApi | undefined;
  let redis = false;
  const ADMIN = { ADMIN_EMAIL: 'admin@scale.example', ADMIN_PASSWORD: 'password amministratore' };

  beforeAll(async () => {
    redis = await reachable(REDIS_URL);
    if (!redis) console.warn(`No Redis at ${REDIS_URL}: the scale-out test is skipped`);
    else api = await startApi({ ...ADMIN, REDIS_URL });
  });
  afterAll(() => api?.stop());

  it('delivers an event committed on instance A to a socket connected to instance B', async () => {
    if (!redis || !api) return;
    const instanceB = await api.addInstance({ ...ADMIN, REDIS_URL });
    const socket = io(instanceB.baseUrl, { transports: ['websocket'], reconnection: false });
    try {
      await new Promise<void>((resolve, reject) =>
        socket.once('connect', resolve).once('connect_error', reject),
      );
      await new Promise((resolve) => socket.emit('join', PUBLIC_ROOM, resolve));
      const received = new Promise<RoomEvent>((resolve) => socket.once('event', resolve));
      const admin = api.client();
      await admin.request(
        'mutation { login(input: { email: "admin@scale.example", password: "password amministratore" }) { id } }',
      );
      const update = await admin.request(
        'mutation { updateProcessPhase(input: { code: "MONITORING", startsOn: "2022-01-01", endsOn: "2030-06-30" }) { code } }',
      );
      expect(update.errors).toBeUndefined();
      expect(await received).toMatchObject({
        type: 'process-phase.updated',
        payload: { code: 'MONITORING', endsOn: '2030-06-30' },
      });
    } finally {
      socket.disconnect();
    }
  });
});
