import { BODY_ACTIONS, decideBodyAction, type BodyAction, type BodyActionState } from './body-policy';
import { BODY_KINDS, BODY_ROLES, type BodyRole } from './body-roles';
import { MEETING_STATUSES, MINUTES_STATUSES, VOTE_STATUSES } from './meeting-states';

/**
 * The expected matrix, written out by hand rather than derived from the implementation's tables:
 * which capacities may take each action, and in which states of its object.
 * Columns: CHAIR, VICE_CHAIR, MEMBER, SECRETARY, ALTERNATE, EXPERT.
 */
const ROLE_MATRIX: Record<BodyAction, string> = {
  SCHEDULE_MEETING: 'Y . . . . .',
  START_MEETING: 'Y . . . . .',
  CLOSE_MEETING: 'Y . . . . .',
  RECORD_ATTENDANCE: 'Y . . Y . .',
  DRAFT_MINUTES: '. . . Y . .',
  APPROVE_MINUTES: 'Y . . . . .',
  OPEN_VOTE: 'Y . . . . .',
  CAST_VOTE: 'Y Y Y . Y .',
  CLOSE_VOTE: 'Y . . . . .',
  DRAFT_PROPOSAL: 'Y Y Y . . .',
  SUBMIT_OPINION: '. . . . . Y',
};

/** The states of its object in which each action is allowed. */
const STATE_MATRIX: Record<BodyAction, (s: BodyActionState) => boolean> = {
  SCHEDULE_MEETING: () => true,
  START_MEETING: (s) => s.meeting === 'SCHEDULED',
  CLOSE_MEETING: (s) => s.meeting === 'IN_PROGRESS',
  RECORD_ATTENDANCE: (s) => s.meeting === 'IN_PROGRESS',
  DRAFT_MINUTES: (s) => (s.meeting === 'IN_PROGRESS' || s.meeting === 'CLOSED') && s.minutes !== 'APPROVED',
  APPROVE_MINUTES: (s) => s.meeting === 'CLOSED' && s.minutes === 'DRAFT',
  OPEN_VOTE: (s) => s.meeting === 'IN_PROGRESS',
  CAST_VOTE: (s) => s.vote === 'OPEN',
  CLOSE_VOTE: (s) => s.vote === 'OPEN',
  DRAFT_PROPOSAL: (s) => s.bodyKind === 'OPERATIONAL_COMMITTEE',
  SUBMIT_OPINION: () => true,
};

const STATES: BodyActionState[] = BODY_KINDS.flatMap((bodyKind) =>
  MEETING_STATUSES.flatMap((meeting) =>
    MINUTES_STATUSES.flatMap((minutes) =>
      VOTE_STATUSES.map((vote) => ({ bodyKind, meeting, minutes, vote })),
    ),
  ),
);

const CASES = BODY_ACTIONS.flatMap((action) =>
  BODY_ROLES.map((role, column) => ({
    action,
    role,
    roleAllowed: ROLE_MATRIX[action].split(' ')[column] === 'Y',
  })),
);

describe('decideBodyAction', () => {
  it('has an expectation for every action', () => {
    expect(Object.keys(ROLE_MATRIX).sort()).toEqual([...BODY_ACTIONS].sort());
  });

  it.each(CASES)(
    '$role / $action: role allowed = $roleAllowed, in all 36 states',
    ({ action, role, roleAllowed }) => {
      for (const state of STATES) {
        const verdict = decideBodyAction([role], action, state);
        if (!roleAllowed) expect(verdict).toMatchObject({ allowed: false, code: 'FORBIDDEN' });
        else if (STATE_MATRIX[action](state)) expect(verdict).toEqual({ allowed: true });
        else expect(verdict).toMatchObject({ allowed: false, code: 'CONFLICT' });
      }
    },
  );

  it.each(BODY_ACTIONS)('refuses %s to someone with no role on the body, whatever the state', (action) => {
    for (const state of STATES) {
      expect(decideBodyAction([], action, state)).toMatchObject({
        allowed: false,
        code: 'FORBIDDEN',
        reason: expect.stringContaining('Only members of this body'),
      });
    }
  });

  it('grants what any of several roles grants', () => {
    const roles: BodyRole[] = ['MEMBER', 'SECRETARY'];
    expect(
      decideBodyAction(roles, 'RECORD_ATTENDANCE', { bodyKind: 'STEERING_BOARD', meeting: 'IN_PROGRESS' }),
    ).toEqual({
      allowed: true,
    });
  });

  it('says why a state refuses the action', () => {
    expect(decideBodyAction(['CHAIR'], 'CLOSE_VOTE', { bodyKind: 'STEERING_BOARD', vote: 'CLOSED' })).toEqual(
      {
        allowed: false,
        code: 'CONFLICT',
        reason: 'Cannot close vote: the vote is closed.',
      },
    );
  });
});
