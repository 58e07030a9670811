import { PUBLIC_ROOM, bodyRoom, userRoom } from '@piano2030/shared-realtime-contracts';
import { ScopedRooms, type Actor } from '@piano2030/api-core';
import { canJoinRoom } from './room.policy';

const alice: Actor = { userId: 'a1', sessionId: 's1', displayName: 'Alice', roles: ['AUTHENTICATED'] };
const admin: Actor = { userId: 'z9', sessionId: 's2', displayName: 'Zoe', roles: ['AUTHENTICATED', 'ADMIN'] };

// A domain that lets alice, and only alice, into body b1's room.
const scoped = new ScopedRooms();
scoped.register('body', async (actor, bodyId) => actor.userId === 'a1' && bodyId === 'b1');
// A domain whose room c1 anyone may hear, and whose room c2 nobody may (a draft, say).
scoped.registerOpen('consultation', async (_actor, id) => id === 'c1');

describe('canJoinRoom', () => {
  it.each([
    ['anonymous', null, PUBLIC_ROOM, { ok: true, room: PUBLIC_ROOM }],
    ['anonymous', null, userRoom('a1'), { ok: false, error: 'UNAUTHENTICATED' }],
    ['owner', alice, userRoom('a1'), { ok: true, room: userRoom('a1') }],
    ['another user', alice, userRoom('b2'), { ok: false, error: 'FORBIDDEN' }],
    ['an administrator', admin, userRoom('a1'), { ok: false, error: 'FORBIDDEN' }],
    ['owner', alice, 'unknown-room', { ok: false, error: 'FORBIDDEN' }],
    ['a member of the body', alice, bodyRoom('b1'), { ok: true, room: bodyRoom('b1') }],
    ['a member of another body', alice, bodyRoom('b2'), { ok: false, error: 'FORBIDDEN' }],
    ['a non-member', admin, bodyRoom('b1'), { ok: false, error: 'FORBIDDEN' }],
    ['anonymous', null, bodyRoom('b1'), { ok: false, error: 'UNAUTHENTICATED' }],
    ['anyone', alice, 'nobody:b1', { ok: false, error: 'FORBIDDEN' }],
    ['anonymous', null, 'consultation:c1', { ok: true, room: 'consultation:c1' }],
    ['a user', alice, 'consultation:c1', { ok: true, room: 'consultation:c1' }],
    ['anonymous', null, 'consultation:c2', { ok: false, error: 'FORBIDDEN' }],
  ])('%s joining %#', async (_who, actor, room, expected) => {
    expect(await canJoinRoom(actor, room, scoped)).toEqual(expected);
  });
});
