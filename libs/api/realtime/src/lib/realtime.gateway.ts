import { Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import {
  ConnectedSocket,
  MessageBody,
  SubscribeMessage,
  WebSocketGateway,
  WebSocketServer,
  type OnGatewayInit,
} from '@nestjs/websockets';
import { parse as parseCookies } from 'cookie';
import type { Server, Socket } from 'socket.io';
import {
  PRESENCE_EVENT,
  type ClientToServerEvents,
  type JoinResult,
  type PresencePayload,
  type ServerToClientEvents,
} from '@piano2030/shared-realtime-contracts';
import {
  ACCESS_CHANGED,
  DomainEventBus,
  SESSION_COOKIE,
  ScopedRooms,
  SessionAuthenticator,
  type AccessChange,
  type Actor,
  type DomainEvent,
} from '@piano2030/api-core';
import { canJoinRoom } from './room.policy';

type SocketData = { actor: Actor | null };

/** Every socket of a signed-in person also sits in this internal room, so access changes can find them. */
const socketsOf = (userId: string) => `sockets-of:${userId}`;
type AppSocket = Socket<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;

/**
 * Nest guards do not run on connection, so the session cookie is checked in a socket.io middleware,
 * which finishes before the connection is accepted (handleConnection would race the first join).
 * Every join is checked against the room policy. Domain events reach rooms only after their commit.
 */
@WebSocketGateway({ serveClient: false })
export class RealtimeGateway implements OnGatewayInit, OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(RealtimeGateway.name);
  private unsubscribe?: () => void;

  @WebSocketServer()
  private readonly server!: Server<ClientToServerEvents, ServerToClientEvents>;

  constructor(
    private readonly sessions: SessionAuthenticator,
    private readonly events: DomainEventBus,
    private readonly scopedRooms: ScopedRooms,
  ) {}

  onModuleInit(): void {
    this.unsubscribe = this.events.subscribe((event) => this.fanOut(event));
  }

  onModuleDestroy(): void {
    this.unsubscribe?.();
  }

  afterInit(
    server: Server<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>,
  ): void {
    server.use((socket, next) => {
      const token = parseCookies(socket.handshake.headers.cookie ?? '')[SESSION_COOKIE];
      const actor = token ? this.sessions.authenticate(token) : Promise.resolve(null);
      actor
        .then(async (resolved) => {
          socket.data.actor = resolved;
          if (resolved) await socket.join(socketsOf(resolved.userId));
        })
        .catch(() => (socket.data.actor = null))
        .finally(() => next());
    });
    server.on('connection', (socket) => {
      socket.on('disconnecting', () => {
        const rooms = [...socket.rooms].filter((room) => this.scopedRooms.hasPresence(room));
        // The socket leaves its rooms after this event: tell the others once it has.
        setImmediate(() => rooms.forEach((room) => void this.announcePresence(room)));
      });
    });
  }

  @SubscribeMessage('join')
  async join(@ConnectedSocket() socket: AppSocket, @MessageBody() room: unknown): Promise<JoinResult> {
    if (typeof room !== 'string') return { ok: false, error: 'FORBIDDEN' };
    const result = await canJoinRoom(socket.data.actor, room, this.scopedRooms);
    if (result.ok) {
      await socket.join(room);
      if (this.scopedRooms.hasPresence(room)) void this.announcePresence(room);
    }
    return result;
  }

  @SubscribeMessage('leave')
  async leave(@ConnectedSocket() socket: AppSocket, @MessageBody() room: unknown): Promise<{ ok: true }> {
    if (typeof room === 'string' && socket.rooms.has(room)) {
      await socket.leave(room);
      if (this.scopedRooms.hasPresence(room)) void this.announcePresence(room);
    }
    return { ok: true };
  }

  /** Everyone in the room (on every instance), once per person however many tabs they have open. */
  private async announcePresence(room: string): Promise<void> {
    const people = new Map<string, string>();
    for (const socket of await this.server.in(room).fetchSockets()) {
      const actor = (socket.data as SocketData).actor;
      if (actor) people.set(actor.userId, actor.displayName);
    }
    const payload: PresencePayload = {
      room,
      people: [...people].map(([userId, displayName]) => ({ userId, displayName })),
    };
    this.server
      .to(room)
      .emit('event', { room, type: PRESENCE_EVENT, payload, occurredAt: new Date().toISOString() });
  }

  private fanOut(event: DomainEvent): void {
    if (event.type === ACCESS_CHANGED) {
      void this.recheck(event.payload as AccessChange);
      return;
    }
    for (const room of event.rooms) {
      this.server.to(room).emit('event', {
        room,
        type: event.type,
        payload: event.payload,
        occurredAt: event.occurredAt.toISOString(),
      });
    }
    this.logger.debug?.(`${event.type} -> ${event.rooms.join(', ')}`);
  }

  /** Removes people's sockets from the rooms the policy now refuses them (on every instance). */
  private async recheck({ userIds, rooms }: AccessChange): Promise<void> {
    for (const userId of userIds) {
      for (const socket of await this.server.in(socketsOf(userId)).fetchSockets()) {
        for (const room of rooms.filter((r) => socket.rooms.has(r))) {
          const actor = (socket.data as SocketData).actor;
          if (!(await canJoinRoom(actor, room, this.scopedRooms)).ok) socket.leave(room);
        }
      }
    }
  }
}
