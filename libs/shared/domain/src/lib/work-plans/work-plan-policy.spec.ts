import { BODY_ROLES, type BodyRole } from '../governance/body-roles';
import {
  WORK_PLAN_ACTIONS,
  decideWorkPlanAction,
  type WorkPlanAction,
  type WorkPlanStanding,
  type WorkPlanState,
} from './work-plan-policy';
import { WORK_PLAN_REPORT_STATUSES, WORK_PLAN_STATUSES } from './work-plan-states';

/** Everyone who might try: each capacity on each body, an activity's owner, and an outsider. */
const PERSONAS: Record<string, WorkPlanStanding> = {
  ...Object.fromEntries(BODY_ROLES.map((role) => [`committee ${role}`, { committee: [role], cabina: [] }])),
  ...Object.fromEntries(BODY_ROLES.map((role) => [`cabina ${role}`, { committee: [], cabina: [role] }])),
  'committee MEMBER owning the activity': { committee: ['MEMBER'], cabina: [], owner: true },
  'committee SECRETARY owning the activity': { committee: ['SECRETARY'], cabina: [], owner: true },
  'owner no longer on the committee': { committee: [], cabina: [], owner: true },
  outsider: { committee: [], cabina: [] },
};

/**
 * Written out by hand: who may take each action. Anyone not listed is refused.
 * Committee membership decides drafting; its chair coordinates; the Cabina's chair returns.
 */
const drafters = [
  'committee CHAIR',
  'committee VICE_CHAIR',
  'committee MEMBER',
  'committee MEMBER owning the activity',
];
const ALLOWED: Record<WorkPlanAction, string[]> = {
  CREATE_DRAFT: drafters,
  EDIT_DRAFT: drafters,
  PROPOSE: drafters,
  RETURN: ['cabina CHAIR'],
  REVISE: drafters,
  REPORT_PROGRESS: ['committee CHAIR', 'committee MEMBER owning the activity'],
  CLOSE: ['committee CHAIR'],
  EDIT_REPORT: drafters,
  SUBMIT_REPORT: ['committee CHAIR'],
};

/** The states in which each action is possible at all. */
const IN_STATE: Record<WorkPlanAction, (s: WorkPlanState) => boolean> = {
  CREATE_DRAFT: () => true,
  EDIT_DRAFT: (s) => s.plan === 'DRAFT',
  PROPOSE: (s) => s.plan === 'DRAFT',
  RETURN: (s) => s.plan === 'PROPOSED',
  REVISE: (s) => s.plan === 'RETURNED',
  REPORT_PROGRESS: (s) => s.plan === 'ADOPTED' || s.plan === 'IN_EXECUTION',
  CLOSE: (s) => s.plan === 'ADOPTED' || s.plan === 'IN_EXECUTION',
  EDIT_REPORT: (s) => s.plan === 'CLOSED' && s.report === 'DRAFT',
  SUBMIT_REPORT: (s) => s.plan === 'CLOSED' && s.report === 'DRAFT',
};

const STATES: WorkPlanState[] = WORK_PLAN_STATUSES.flatMap((plan) =>
  WORK_PLAN_REPORT_STATUSES.map((report) => ({ plan, report })),
);

const CASES = WORK_PLAN_ACTIONS.flatMap((action) =>
  Object.keys(PERSONAS).map((persona) => ({ action, persona, allowed: ALLOWED[action].includes(persona) })),
);

describe('decideWorkPlanAction', () => {
  it('names only personas that exist', () => {
    for (const names of Object.values(ALLOWED))
      for (const name of names) expect(PERSONAS).toHaveProperty([name]);
  });

  it.each(CASES)('$persona: $action allowed=$allowed, in every state', ({ action, persona, allowed }) => {
    for (const state of STATES) {
      const verdict = decideWorkPlanAction(PERSONAS[persona], action, state);
      if (!allowed) expect(verdict).toMatchObject({ allowed: false, code: 'FORBIDDEN' });
      else if (IN_STATE[action](state)) expect(verdict).toEqual({ allowed: true });
      else expect(verdict).toMatchObject({ allowed: false, code: 'CONFLICT' });
    }
  });

  it('explains a refusal in words', () => {
    const roles: BodyRole[] = ['MEMBER'];
    expect(decideWorkPlanAction({ committee: [], cabina: roles }, 'PROPOSE', { plan: 'DRAFT' })).toEqual({
      allowed: false,
      code: 'FORBIDDEN',
      reason: 'Only members of the Comitato operativo can propose a work plan.',
    });
    expect(decideWorkPlanAction({ committee: roles, cabina: [] }, 'EDIT_DRAFT', { plan: 'ADOPTED' })).toEqual(
      {
        allowed: false,
        code: 'CONFLICT',
        reason: 'Cannot edit a draft work plan: the work plan must be DRAFT (it is ADOPTED).',
      },
    );
  });
});
