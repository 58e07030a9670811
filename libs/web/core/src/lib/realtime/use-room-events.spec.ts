import type { RoomEvent } from '@piano2030/shared-realtime-contracts';
import { act, renderHook } from '@testing-library/react';
import { io } from 'socket.io-client';
import { useRoomEvents } from './use-room-events';

jest.mock('socket.io-client', () => ({ io: jest.fn() }));

type Handler = (...args: unknown[]) => void;

interface FakeSocket {
  connected: boolean;
  emitted: { event: string; args: unknown[] }[];
  on: jest.Mock;
  off: jest.Mock;
  emit: jest.Mock;
  disconnect: jest.Mock;
  fire(event: string, ...args: unknown[]): void;
  connectAndAnswer(result: unknown): void;
}

/** A stand-in socket: records what the hook emits and lets the test play the server. */
function fakeSocket(): FakeSocket {
  const handlers = new Map<string, Set<Handler>>();
  const socket: FakeSocket = {
    connected: false,
    emitted: [],
    on: jest.fn((event: string, handler: Handler) => {
      if (!handlers.has(event)) handlers.set(event, new Set());
      handlers.get(event)?.add(handler);
      return socket;
    }),
    off: jest.fn((event: string, handler: Handler) => {
      handlers.get(event)?.delete(handler);
      return socket;
    }),
    emit: jest.fn((event: string, ...args: unknown[]) => {
      socket.emitted.push({ event, args });
      return socket;
    }),
    disconnect: jest.fn(() => {
      socket.connected = false;
      return socket;
    }),
    /** The server side: fires a socket event at the hook. */
    fire(event: string, ...args: unknown[]) {
      for (const handler of handlers.get(event) ?? []) handler(...args);
    },
    /** Connects, then answers the join the hook sends with `result`. */
    connectAndAnswer(result: unknown) {
      socket.connected = true;
      socket.fire('connect');
      const join = [...socket.emitted].reverse().find((e) => e.event === 'join');
      (join?.args[1] as (r: unknown) => void)(result);
    },
  };
  return socket;
}

const event = (room: string, type = 'governance.vote-updated'): RoomEvent => ({
  room,
  type,
  payload: { meetingId: 'm-1' },
  occurredAt: '2026-03-01T10:00:00.000Z',
});

describe('useRoomEvents', () => {
  let socket: FakeSocket;
  beforeEach(() => {
    socket = fakeSocket();
    jest
      .mocked(io)
      .mockReset()
      .mockReturnValue(socket as never);
  });

  it('stays disconnected without a room', () => {
    const { result } = renderHook(() => useRoomEvents(null, jest.fn()));

    expect(result.current.status).toBe('idle');
    expect(io).not.toHaveBeenCalled();
  });

  it('joins the room on the same origin with the session cookie and passes its events on', () => {
    const onEvent = jest.fn();
    const onJoined = jest.fn();
    const { result } = renderHook(() => useRoomEvents('body:b-1', onEvent, { onJoined }));
    expect(io).toHaveBeenCalledWith(expect.objectContaining({ withCredentials: true }));
    expect(result.current.status).toBe('connecting');

    act(() => socket.connectAndAnswer({ ok: true, room: 'body:b-1' }));

    expect(socket.emitted[0]).toMatchObject({ event: 'join', args: ['body:b-1', expect.any(Function)] });
    expect(result.current.status).toBe('joined');
    expect(onJoined).toHaveBeenLastCalledWith(false);

    act(() => socket.fire('event', event('body:b-1')));
    act(() => socket.fire('event', event('body:other')));
    expect(onEvent).toHaveBeenCalledTimes(1);
    expect(onEvent).toHaveBeenCalledWith(event('body:b-1'));
  });

  it('joins again after a reconnection and says so', () => {
    const onJoined = jest.fn();
    const { result } = renderHook(() => useRoomEvents('body:b-1', jest.fn(), { onJoined }));
    act(() => socket.connectAndAnswer({ ok: true, room: 'body:b-1' }));

    act(() => socket.fire('disconnect'));
    expect(result.current.status).toBe('offline');
    act(() => socket.connectAndAnswer({ ok: true, room: 'body:b-1' }));

    expect(socket.emitted.filter((e) => e.event === 'join')).toHaveLength(2);
    expect(onJoined).toHaveBeenLastCalledWith(true);
    expect(result.current.status).toBe('joined');
  });

  it('reports a refused join', () => {
    const { result } = renderHook(() => useRoomEvents('body:b-1', jest.fn()));

    act(() => socket.connectAndAnswer({ ok: false, error: 'FORBIDDEN' }));

    expect(result.current).toEqual({ status: 'refused', refusal: 'FORBIDDEN' });
  });

  it('leaves the room and disconnects on unmount', () => {
    const { unmount } = renderHook(() => useRoomEvents('body:b-1', jest.fn()));
    act(() => socket.connectAndAnswer({ ok: true, room: 'body:b-1' }));

    unmount();

    expect(socket.emitted.at(-1)).toMatchObject({ event: 'leave', args: ['body:b-1', expect.any(Function)] });
    expect(socket.disconnect).toHaveBeenCalled();
  });
});
