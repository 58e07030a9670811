type Handler = (...args: unknown[]) => void;

/** A stand-in for a socket.io client socket: records what the page emits and lets a test play the server. */
export interface FakeSocket {
  connected: boolean;
  emitted: { event: string; args: unknown[] }[];
  on(event: string, handler: Handler): FakeSocket;
  off(event: string, handler: Handler): FakeSocket;
  emit(event: string, ...args: unknown[]): FakeSocket;
  disconnect(): FakeSocket;
  /** Fires a server event at the page. */
  fire(event: string, ...args: unknown[]): void;
  /** Connects, then answers the last join with `result`. */
  connectAndAnswer(result: unknown): void;
}

export function fakeSocket(): FakeSocket {
  const handlers = new Map<string, Set<Handler>>();
  const socket: FakeSocket = {
    connected: false,
    emitted: [],
    on(event, handler) {
      if (!handlers.has(event)) handlers.set(event, new Set());
      handlers.get(event)?.add(handler);
      return socket;
    },
    off(event, handler) {
      handlers.get(event)?.delete(handler);
      return socket;
    },
    emit(event, ...args) {
      socket.emitted.push({ event, args });
      return socket;
    },
    disconnect() {
      socket.connected = false;
      return socket;
    },
    fire(event, ...args) {
      for (const handler of handlers.get(event) ?? []) handler(...args);
    },
    connectAndAnswer(result) {
      socket.connected = true;
      socket.fire('connect');
      const join = [...socket.emitted].reverse().find((e) => e.event === 'join');
      (join?.args[1] as (answer: unknown) => void)(result);
    },
  };
  return socket;
}
