import { PUBLIC_ROOM, userRoom } from '@piano2030/shared-realtime-contracts';
import type { Actor } from '@piano2030/api-core';
import { canJoinRoom } from './room.policy';

const alice: Actor = { userId: 'a1', sessionId: 's1', roles: ['AUTHENTICATED'] };
const admin: Actor = { userId: 'z9', sessionId: 's2', roles: ['AUTHENTICATED', 'ADMIN'] };

describe('canJoinRoom', () => {
  it.each([
    ['anonymous', null, PUBLIC_ROOM, { ok: true, room: PUBLIC_ROOM }],
    ['anonymous', null, userRoom('a1'), { ok: false, error: 'UNAUTHENTICATED' }],
    ['owner', alice, userRoom('a1'), { ok: true, room: userRoom('a1') }],
    ['another user', alice, userRoom('b2'), { ok: false, error: 'FORBIDDEN' }],
    ['an administrator', admin, userRoom('a1'), { ok: false, error: 'FORBIDDEN' }],
    ['owner', alice, 'unknown-room', { ok: false, error: 'FORBIDDEN' }],
  ])('%s joining %#', (_who, actor, room, expected) => {
    expect(canJoinRoom(actor, room)).toEqual(expected);
  });
});
