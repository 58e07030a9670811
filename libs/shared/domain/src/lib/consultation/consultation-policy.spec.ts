import type { BodyRole } from '../governance/body-roles';
import {
  CONSULTATION_ACTIONS,
  decideConsultationAction,
  type ConsultationAction,
  type ConsultationStanding,
} from './consultation-policy';
import { CONSULTATION_STATUSES, type ConsultationStatus } from './consultation-states';

const on = (...committee: BodyRole[]) => ({ committee, moderator: false });

/** Everyone who might try: each capacity on the committee, moderators, and nobody. */
const PERSONAS: Record<string, ConsultationStanding> = {
  'committee CHAIR': on('CHAIR'),
  'committee VICE_CHAIR': on('VICE_CHAIR'),
  'committee MEMBER': on('MEMBER'),
  'committee SECRETARY': on('SECRETARY'),
  'committee ALTERNATE': on('ALTERNATE'),
  'an expert': on('EXPERT'),
  'SECRETARY who is also a MEMBER': on('SECRETARY', 'MEMBER'),
  moderator: { committee: [], moderator: true },
  'moderator on the committee': { committee: ['MEMBER'], moderator: true },
  nobody: on(),
};

/** Written out by hand: who may take each action. Anyone not listed is refused. */
const committee = [
  'committee CHAIR',
  'committee VICE_CHAIR',
  'committee MEMBER',
  'SECRETARY who is also a MEMBER',
  'moderator on the committee',
];
const ALLOWED: Record<ConsultationAction, string[]> = {
  MANAGE_CONSULTATION: committee,
  MODERATE_CONTRIBUTIONS: ['moderator', 'moderator on the committee'],
  DISPOSE_CONTRIBUTIONS: committee,
};

/** Answers are given once contributions can exist; nothing else depends on the state. */
const IN_STATE = (action: ConsultationAction, status: ConsultationStatus | undefined) =>
  action !== 'DISPOSE_CONTRIBUTIONS' || (status !== 'DRAFT' && status !== 'SCHEDULED');

const STATES: (ConsultationStatus | undefined)[] = [undefined, ...CONSULTATION_STATUSES];

const CASES = CONSULTATION_ACTIONS.flatMap((action) =>
  Object.keys(PERSONAS).flatMap((persona) =>
    STATES.map((status) => ({
      action,
      persona,
      status,
      state: status ?? 'no consultation',
      expected: !ALLOWED[action].includes(persona)
        ? 'FORBIDDEN'
        : IN_STATE(action, status)
          ? 'allowed'
          : 'CONFLICT',
    })),
  ),
);

describe('decideConsultationAction', () => {
  it('names only personas that exist', () => {
    for (const names of Object.values(ALLOWED))
      for (const name of names) expect(PERSONAS).toHaveProperty([name]);
  });

  it.each(CASES)('$persona: $action on $state → $expected', ({ action, persona, status, expected }) => {
    const verdict = decideConsultationAction(PERSONAS[persona], action, status);
    if (expected === 'allowed') expect(verdict).toEqual({ allowed: true });
    else expect(verdict).toMatchObject({ allowed: false, code: expected, reason: expect.any(String) });
  });

  it.each<[string, ConsultationStanding, ConsultationAction, ConsultationStatus | undefined, string]>([
    [
      'a citizen running a consultation',
      PERSONAS['nobody'],
      'MANAGE_CONSULTATION',
      undefined,
      'Only members of the Comitato operativo can run public consultations.',
    ],
    [
      'the secretary running a consultation',
      PERSONAS['committee SECRETARY'],
      'MANAGE_CONSULTATION',
      'DRAFT',
      'Only members of the Comitato operativo can run public consultations.',
    ],
    [
      'a committee member moderating',
      PERSONAS['committee MEMBER'],
      'MODERATE_CONTRIBUTIONS',
      'OPEN',
      'Only moderators can moderate contributions.',
    ],
    [
      'a moderator answering',
      PERSONAS['moderator'],
      'DISPOSE_CONTRIBUTIONS',
      'CLOSED',
      'Only members of the Comitato operativo can answer contributions.',
    ],
    [
      'the chair answering before opening',
      PERSONAS['committee CHAIR'],
      'DISPOSE_CONTRIBUTIONS',
      'SCHEDULED',
      'Cannot answer contributions: the consultation has not opened yet.',
    ],
  ])('explains the refusal of %s', (_, standing, action, status, reason) => {
    expect(decideConsultationAction(standing, action, status)).toMatchObject({ allowed: false, reason });
  });

  it('checks the standing before the state, so an outsider learns nothing of the consultation', () => {
    expect(decideConsultationAction(PERSONAS['nobody'], 'DISPOSE_CONTRIBUTIONS', 'DRAFT')).toMatchObject({
      code: 'FORBIDDEN',
    });
  });
});
