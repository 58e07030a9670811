import { io, type Socket } from 'socket.io-client';
import type {
  ClientToServerEvents,
  JoinResult,
  ServerToClientEvents,
} from '@piano2030/shared-realtime-contracts';

export type ClientSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/** A websocket-only client carrying a browser's cookies, connected (or rejected) before it returns. */
export async function connectSocket(baseUrl: string, cookie = ''): Promise<ClientSocket> {
  const socket: ClientSocket = io(baseUrl, {
    transports: ['websocket'],
    extraHeaders: { cookie },
    reconnection: false,
  });
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', resolve);
    socket.once('connect_error', reject);
  });
  return socket;
}

export function joinRoom(socket: ClientSocket, room: string): Promise<JoinResult> {
  return new Promise((resolve) => socket.emit('join', room, resolve));
}
