import { INTERVENTION_STATUSES } from './intervention-states';
import {
  STRATEGY_ACTIONS,
  decideStrategyAction,
  type StrategyAction,
  type StrategyStanding,
  type StrategyState,
} from './strategy-policy';

const outOfScope = { inScope: false as const, reason: 'the engagement ended on 2026-03-31' };

/** Everyone who might try: each capacity on the committee, experts in and out of scope, and nobody. */
const PERSONAS: Record<string, StrategyStanding> = {
  'committee CHAIR': { committee: ['CHAIR'], expert: null },
  'committee VICE_CHAIR': { committee: ['VICE_CHAIR'], expert: null },
  'committee MEMBER': { committee: ['MEMBER'], expert: null },
  'committee SECRETARY': { committee: ['SECRETARY'], expert: null },
  'committee ALTERNATE': { committee: ['ALTERNATE'], expert: null },
  'expert in scope': { committee: ['EXPERT'], expert: { inScope: true } },
  'expert out of scope': { committee: ['EXPERT'], expert: outOfScope },
  'EXPERT role without an engagement': { committee: ['EXPERT'], expert: null },
  'SECRETARY who is also an expert in scope': { committee: ['SECRETARY'], expert: { inScope: true } },
  nobody: { committee: [], expert: null },
};

/** Written out by hand: who may take each action. Anyone not listed is refused. */
const committee = ['committee CHAIR', 'committee VICE_CHAIR', 'committee MEMBER'];
const withExperts = [...committee, 'expert in scope', 'SECRETARY who is also an expert in scope'];
const ALLOWED: Record<StrategyAction, string[]> = {
  DRAFT_SWOT: withExperts,
  PUBLISH_SWOT: committee,
  MANAGE_PRIORITIES: committee,
  DRAFT_INTERVENTION: withExperts,
  EDIT_INTERVENTION: withExperts,
  CHANGE_INTERVENTION_STATUS: committee,
};

const STATES: StrategyState[] = [{}, ...INTERVENTION_STATUSES.map((intervention) => ({ intervention }))];

const IN_STATE = (action: StrategyAction, state: StrategyState) =>
  action !== 'EDIT_INTERVENTION' || (state.intervention !== 'ADOPTED' && state.intervention !== 'DISCARDED');

const CASES = STRATEGY_ACTIONS.flatMap((action) =>
  Object.keys(PERSONAS).flatMap((persona) =>
    STATES.map((state) => ({
      action,
      persona,
      state,
      status: state.intervention ?? 'no intervention',
      expected: !ALLOWED[action].includes(persona)
        ? 'FORBIDDEN'
        : IN_STATE(action, state)
          ? 'allowed'
          : 'CONFLICT',
    })),
  ),
);

describe('decideStrategyAction', () => {
  it('names only personas that exist', () => {
    for (const names of Object.values(ALLOWED))
      for (const name of names) expect(PERSONAS).toHaveProperty([name]);
  });

  it.each(CASES)('$persona: $action on $status → $expected', ({ action, persona, state, expected }) => {
    const verdict = decideStrategyAction(PERSONAS[persona], action, state);
    if (expected === 'allowed') expect(verdict).toEqual({ allowed: true });
    else expect(verdict).toMatchObject({ allowed: false, code: expected, reason: expect.any(String) });
  });

  it.each<[string, StrategyStanding, StrategyAction, StrategyState, string]>([
    [
      'an outsider drafting the SWOT',
      PERSONAS['nobody'],
      'DRAFT_SWOT',
      {},
      'Only members of the Comitato operativo or external experts within their engagement can draft the SWOT analysis.',
    ],
    [
      'an expert publishing the SWOT',
      PERSONAS['expert in scope'],
      'PUBLISH_SWOT',
      {},
      'Only members of the Comitato operativo can publish the SWOT analysis.',
    ],
    [
      'an alternate managing priorities',
      PERSONAS['committee ALTERNATE'],
      'MANAGE_PRIORITIES',
      {},
      "Only members of the Comitato operativo can manage the plan's priorities.",
    ],
    [
      'an expert out of scope editing',
      PERSONAS['expert out of scope'],
      'EDIT_INTERVENTION',
      { intervention: 'DRAFT' },
      'This is outside your engagement as an expert: the engagement ended on 2026-03-31.',
    ],
    [
      'a member editing an adopted intervention',
      PERSONAS['committee MEMBER'],
      'EDIT_INTERVENTION',
      { intervention: 'ADOPTED' },
      'Cannot edit an intervention: an adopted intervention changes only through a new plan version.',
    ],
    [
      'an expert editing a discarded intervention',
      PERSONAS['expert in scope'],
      'EDIT_INTERVENTION',
      { intervention: 'DISCARDED' },
      'Cannot edit an intervention: the intervention was discarded; restore it to DRAFT first.',
    ],
  ])('explains the refusal of %s', (_, standing, action, state, reason) => {
    expect(decideStrategyAction(standing, action, state)).toMatchObject({ allowed: false, reason });
  });

  it('checks the standing before the state, so an outsider learns nothing of the intervention', () => {
    expect(
      decideStrategyAction(PERSONAS['nobody'], 'EDIT_INTERVENTION', { intervention: 'ADOPTED' }),
    ).toMatchObject({
      code: 'FORBIDDEN',
    });
  });
});
