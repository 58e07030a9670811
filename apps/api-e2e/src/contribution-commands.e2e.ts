import { randomUUID } from 'node:crypto';
import type { GraphQLClient } from '@piano2030/api-testing';
import {
  CONTRIBUTION_COMMANDS,
  CONTRIBUTION_EVENTS,
  consultationRoom,
  type CommandResult,
  type PostedContribution,
  type RoomEvent,
} from '@piano2030/shared-realtime-contracts';
import { startApi, type RunningApi } from './support/api-process';
import { seatBoards } from './support/boards';
import { openConsultation } from './support/consultations';
import { registeredFromOwnAddress, signedInBrowser } from './support/sign-in';
import { connectSocket, joinRoom, type ClientSocket } from './support/sockets';

const ADMIN = { email: 'segreteria@provincia.example', password: 'password amministratore' };
const POST = `mutation ($input: PostContributionInput!) { postContribution(input: $input) { id } }`;

describe('posting over the socket: the same checks, idempotency and rate limit as over HTTP', () => {
  let api: RunningApi;
  let consultationId: string;
  let person: GraphQLClient;
  let email: string;
  let socket: ClientSocket;
  const sockets: ClientSocket[] = [];
  const count = async (sql: string, params: unknown[]) =>
    Number((await api.sql<{ n: string }>(sql, params))[0].n);
  const contributionsOf = () =>
    count(`SELECT count(*) AS n FROM contributions c JOIN users u ON u.id = c.author_id WHERE u.email = $1`, [
      email,
    ]);
  const command = (on: ClientSocket, input: unknown) =>
    new Promise<CommandResult<PostedContribution>>((resolve) =>
      on.emit(CONTRIBUTION_COMMANDS.POST, input, resolve),
    );
  const input = (extra: Record<string, unknown> = {}) => ({
    consultationId,
    kind: 'PROPOSAL',
    body: 'Servono più parcheggi per le biciclette.',
    idempotencyKey: randomUUID(),
    ...extra,
  });
  const connect = async (cookie = '') => {
    const connected = await connectSocket(api.baseUrl, cookie);
    sockets.push(connected);
    return connected;
  };

  beforeAll(async () => {
    api = await startApi({ ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password, TRUST_PROXY: 'true' });
    const admin = await signedInBrowser(api, ADMIN.email, ADMIN.password);
    const boards = await seatBoards(api, admin, ['PS6']);
    consultationId = await openConsultation(boards.people['k1'].client);
  });
  beforeEach(async () => {
    email = `piera.sala.${randomUUID().slice(0, 8)}@example.org`;
    person = await registeredFromOwnAddress(api, email);
    socket = await connect(person.cookieHeader());
  });
  afterAll(async () => {
    sockets.forEach((s) => s.disconnect());
    await api?.stop();
  });

  it('posts through the service: acknowledged, stored, and heard in the consultation room', async () => {
    const listener = await connect();
    expect(await joinRoom(listener, consultationRoom(consultationId))).toMatchObject({ ok: true });
    const heard = new Promise<RoomEvent>((resolve) => listener.on('event', resolve));
    const result = await command(socket, input());
    expect(result).toMatchObject({ ok: true, value: { status: 'PUBLISHED', created: true } });
    const id = (result as { value: PostedContribution }).value.id;
    const event = await heard;
    expect(event).toMatchObject({ type: CONTRIBUTION_EVENTS.PUBLISHED, payload: { contributionId: id } });
    expect(await count(`SELECT count(*) AS n FROM audit_entries WHERE subject_id = $1`, [id])).toBe(1);
  });

  it('answers a repeated idempotency key with the first contribution', async () => {
    const again = input();
    const first = await command(socket, again);
    const second = await command(socket, again);
    expect(second).toEqual({
      ok: true,
      value: { ...(first as { value: PostedContribution }).value, created: false },
    });
    expect(await contributionsOf()).toBe(1);
  });

  it('refuses bad input, a signed-out socket and a closed session with typed errors, storing nothing', async () => {
    expect(await command(socket, input({ body: 'a\u0000b' }))).toMatchObject({
      ok: false,
      error: { code: 'BAD_USER_INPUT', fieldErrors: { body: [expect.any(String)] } },
    });
    expect(await command(socket, input({ kind: 'RANT', extra: 1 }))).toMatchObject({
      ok: false,
      error: {
        code: 'BAD_USER_INPUT',
        fieldErrors: { kind: [expect.any(String)], extra: [expect.any(String)] },
      },
    });
    expect(await command(socket, 'not an object')).toMatchObject({
      ok: false,
      error: { code: 'BAD_USER_INPUT', fieldErrors: { input: ['input must be an object'] } },
    });
    expect(await command(await connect(), input())).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHENTICATED' },
    });
    await person.request('mutation { logout }');
    expect(await command(socket, input())).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    expect(await contributionsOf()).toBe(0);
  });

  it('shares one per-minute budget between HTTP and the socket', async () => {
    for (let i = 0; i < 5; i += 1) {
      expect((await command(socket, input())).ok).toBe(true);
      const response = await person.request(POST, { input: input() });
      expect(response.errors).toBeUndefined();
    }
    const refused = await command(socket, input());
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'TOO_MANY_REQUESTS', retryAfterSeconds: expect.any(Number) },
    });
    const overHttp = await person.request(POST, { input: input() });
    expect(overHttp.errors?.[0].extensions?.code).toBe('TOO_MANY_REQUESTS');
    expect(await contributionsOf()).toBe(10);
  });
});
