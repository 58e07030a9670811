import type { PartyCode } from '../process';
import { describeOutcome } from './describe-outcome';
import {
  CABINA_RULES,
  DEFAULT_RULES,
  decideVote,
  type VoteChoice,
  type Voter,
  type VotingRules,
} from './vote-outcome';

const P: PartyCode = 'PROVINCIA_LUCCA';
const C: PartyCode = 'CCIAA_LUCCA';

/**
 * A board written as one string per member: party (P/C/-), then what they did:
 * F/A/S = for/against/abstain, . = present without voting, x = absent, r = recused; a * marks the chair.
 */
function board(spec: string): Voter[] {
  return spec.split(' ').map((token) => {
    const isChair = token.endsWith('*');
    const [party, act] = token.replace('*', '');
    const choice: Record<string, VoteChoice> = { F: 'FOR', A: 'AGAINST', S: 'ABSTAIN' };
    return {
      party: party === 'P' ? P : party === 'C' ? C : null,
      present: act !== 'x',
      recused: act === 'r',
      isChair,
      choice: choice[act] ?? null,
    };
  });
}

const partyName = (party: PartyCode) => (party === P ? 'Provincia di Lucca' : 'Camera di Commercio di Lucca');
const CASTING: VotingRules = { ...DEFAULT_RULES, chairCastingVote: true };
const DOUBLE: VotingRules = { ...CABINA_RULES, doubleMajority: true };
const STRICT_ABSTENTIONS: VotingRules = { ...DEFAULT_RULES, abstentionsCountAsCast: true };

describe('decideVote', () => {
  it.each<[string, string, VotingRules, string, string]>([
    // case, board, rules, result, reason (Italian, as it goes in the decision record)
    [
      'Cabina, all present, clear majority',
      'PF* PF PF CF CA CS',
      CABINA_RULES,
      'APPROVED',
      'approvata: 6 presenti su 6, 4 favorevoli, 1 contrario, 1 astenuto, maggioranza favorevole',
    ],
    [
      'Cabina quorum missed (3 of 6)',
      'PF* PF Px CF Cx Cx',
      CABINA_RULES,
      'NO_QUORUM',
      'non valida per mancanza del numero legale: 3 presenti su 6, ne servivano almeno 4',
    ],
    [
      'Cabina with a Parte absent (4 present, all from the Provincia)',
      'PF* PF PF PF Cx Cx',
      CABINA_RULES,
      'NO_QUORUM',
      'non valida per mancanza del numero legale: 4 presenti su 6, nessun componente presente per Camera di Commercio di Lucca',
    ],
    [
      'tie without casting vote',
      'PF* PF CA CA',
      DEFAULT_RULES,
      'REJECTED',
      'respinta: 4 presenti su 4, 2 favorevoli, 2 contrari, 0 astenuti, parità di voti, che non approva',
    ],
    [
      'tie with the chair voting for',
      'PF* PF CA CA',
      CASTING,
      'APPROVED',
      'approvata: 4 presenti su 4, 2 favorevoli, 2 contrari, 0 astenuti, parità decisa dal voto favorevole del presidente',
    ],
    [
      'tie with the chair voting against',
      'PA* PA CF CF',
      CASTING,
      'REJECTED',
      'respinta: 4 presenti su 4, 2 favorevoli, 2 contrari, 0 astenuti, parità decisa dal voto contrario del presidente',
    ],
    [
      'tie with casting vote but the chair abstained',
      'PS* PF CA PF CA',
      CASTING,
      'REJECTED',
      'respinta: 5 presenti su 5, 2 favorevoli, 2 contrari, 1 astenuto, parità di voti, che non approva',
    ],
    [
      'recusal does not count towards the quorum',
      'Pr* Pr PF CF CF Cx',
      CABINA_RULES,
      'NO_QUORUM',
      'non valida per mancanza del numero legale: 3 presenti su 6, 2 componenti non partecipano per conflitto di interessi, ne servivano almeno 4',
    ],
    [
      'recusal with the quorum still met',
      'PF* Pr PF CF CF CA',
      CABINA_RULES,
      'APPROVED',
      'approvata: 5 presenti su 6, 1 componente non partecipa per conflitto di interessi, 4 favorevoli, 1 contrario, 0 astenuti, maggioranza favorevole',
    ],
    [
      'all abstaining',
      'PS* PS PS CS CS CS',
      CABINA_RULES,
      'REJECTED',
      'respinta: 6 presenti su 6, 0 favorevoli, 0 contrari, 6 astenuti, nessun voto favorevole né contrario',
    ],
    [
      'double majority failed',
      'PF* PF PF CA CA CS',
      DOUBLE,
      'REJECTED',
      'respinta: 6 presenti su 6, 3 favorevoli, 2 contrari, 1 astenuto, maggioranza favorevole, nessun voto favorevole da Camera di Commercio di Lucca',
    ],
    [
      'double majority met',
      'PF* PF PF CF CA CS',
      DOUBLE,
      'APPROVED',
      'approvata: 6 presenti su 6, 4 favorevoli, 1 contrario, 1 astenuto, maggioranza favorevole, entrambe le Parti a favore',
    ],
    [
      'abstentions not cast: 2 for, 1 against, 3 abstain passes',
      'PF* PF PA CS CS CS',
      DEFAULT_RULES,
      'APPROVED',
      'approvata: 6 presenti su 6, 2 favorevoli, 1 contrario, 3 astenuti, maggioranza favorevole',
    ],
    [
      'abstentions counted as cast: the same fails',
      'PF* PF PA CS CS CS',
      STRICT_ABSTENTIONS,
      'REJECTED',
      'respinta: 6 presenti su 6, 2 favorevoli, 1 contrario, 3 astenuti, maggioranza non favorevole',
    ],
    [
      'default quorum: majority of members (4 of 7 present)',
      'PF* PF PA Cx Cx Cx -F',
      DEFAULT_RULES,
      'APPROVED',
      'approvata: 4 presenti su 7, 3 favorevoli, 1 contrario, 0 astenuti, maggioranza favorevole',
    ],
    [
      'default quorum missed (3 of 7 present)',
      'PF* PF PA Cx Cx Cx -x',
      DEFAULT_RULES,
      'NO_QUORUM',
      'non valida per mancanza del numero legale: 3 presenti su 7, ne servivano almeno 4',
    ],
    [
      'present members who did not vote count for the quorum only',
      'PF* P. P. C. CA CF',
      CABINA_RULES,
      'APPROVED',
      'approvata: 6 presenti su 6, 2 favorevoli, 1 contrario, 0 astenuti, maggioranza favorevole',
    ],
  ])('%s', (_case, spec, rules, result, reason) => {
    const outcome = decideVote(board(spec), rules);
    expect(outcome.result).toBe(result);
    expect(describeOutcome(outcome, 'it', partyName)).toBe(reason);
  });

  it('explains itself in English too', () => {
    const outcome = decideVote(board('PF* PF PF CF CF CS'), DOUBLE);
    expect(describeOutcome(outcome, 'en', partyName)).toBe(
      'approved: 6 of 6 present, 5 for, 0 against, 1 abstained, majority in favour, both Parti in favour',
    );
  });

  it('keeps a tally that adds up to the members', () => {
    const voters = board('PF* PA Pr C. CS Cx');
    const { tally, present, members } = decideVote(voters, CABINA_RULES);
    expect(tally).toEqual({ for: 1, against: 1, abstain: 1, recused: 1, notVoted: 1 });
    expect(present).toBe(4);
    expect(tally.for + tally.against + tally.abstain + tally.notVoted + tally.recused + 1).toBe(members);
  });
});
