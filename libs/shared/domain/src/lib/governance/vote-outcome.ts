import { PARTY_CODES, type PartyCode } from '../process';

export const VOTE_CHOICES = ['FOR', 'AGAINST', 'ABSTAIN'] as const;
export type VoteChoice = (typeof VOTE_CHOICES)[number];

/** How a body decides; the Cabina di Regia's rules are below as CABINA_RULES. */
export interface VotingRules {
  /** Present voting members needed: a fixed number, or a majority of the voting members. */
  quorum: { kind: 'MAJORITY_OF_MEMBERS' } | { kind: 'AT_LEAST'; members: number };
  /** Each designating Parte must have at least one voting member present. */
  eachPartyPresent: boolean;
  /** Approval also needs at least one vote in favour from each Parte. */
  doubleMajority: boolean;
  /** Whether abstentions count among the votes cast (then they weigh like votes against). */
  abstentionsCountAsCast: boolean;
  /** On a tie, the chair's vote decides. */
  chairCastingVote: boolean;
}

export const DEFAULT_RULES: VotingRules = {
  quorum: { kind: 'MAJORITY_OF_MEMBERS' },
  eachPartyPresent: false,
  doubleMajority: false,
  abstentionsCountAsCast: false,
  chairCastingVote: false,
};

/** Art. 4: six members designated in equal parts; decisions need four present, both Parti among them. */
export const CABINA_RULES: VotingRules = {
  quorum: { kind: 'AT_LEAST', members: 4 },
  eachPartyPresent: true,
  doubleMajority: false,
  abstentionsCountAsCast: false,
  chairCastingVote: false,
};

/** A voting member as the vote closes. Non-voting roles (the secretary) are not voters. */
export interface Voter {
  party: PartyCode | null;
  /** Present in person, or represented by the alternate. */
  present: boolean;
  /** Declared a conflict of interest: takes no part and does not count towards the quorum. */
  recused: boolean;
  isChair: boolean;
  choice: VoteChoice | null;
}

export type OutcomeResult = 'APPROVED' | 'REJECTED' | 'NO_QUORUM';

/** One reason behind the result, in order; rendered into words by describeOutcome. */
export type OutcomeFact =
  | { code: 'PRESENT'; present: number; members: number }
  | { code: 'QUORUM_MISSED'; present: number; required: number }
  | { code: 'PARTY_ABSENT'; party: PartyCode }
  | { code: 'TALLY'; for: number; against: number; abstain: number }
  | { code: 'RECUSED'; count: number }
  | { code: 'ALL_ABSTAINED' }
  | { code: 'MAJORITY_FOR' }
  | { code: 'MAJORITY_AGAINST' }
  | { code: 'TIE_NO_CASTING_VOTE' }
  | { code: 'TIE_CASTING_VOTE'; chairChoice: VoteChoice }
  | { code: 'BOTH_PARTIES_IN_FAVOUR' }
  | { code: 'DOUBLE_MAJORITY_MISSED'; party: PartyCode };

export interface VoteOutcome {
  result: OutcomeResult;
  members: number;
  present: number;
  requiredPresent: number;
  tally: { for: number; against: number; abstain: number; recused: number; notVoted: number };
  facts: OutcomeFact[];
}

export interface QuorumStatus {
  met: boolean;
  /** Voting members of the body. */
  members: number;
  /** Present and not recused. */
  present: number;
  required: number;
  /** Parti with no one present, when the rules need each Parte. */
  absentParties: PartyCode[];
}

/** Whether the present members can decide; the live indicator of a meeting uses it too. */
export function checkQuorum(voters: readonly Voter[], rules: VotingRules): QuorumStatus {
  const participating = voters.filter((v) => v.present && !v.recused);
  const required =
    rules.quorum.kind === 'AT_LEAST' ? rules.quorum.members : Math.floor(voters.length / 2) + 1;
  const absentParties = rules.eachPartyPresent
    ? PARTY_CODES.filter((party) => !participating.some((v) => v.party === party))
    : [];
  return {
    met: participating.length >= required && absentParties.length === 0,
    members: voters.length,
    present: participating.length,
    required,
    absentParties,
  };
}

/**
 * The one place where a vote's result is decided. Pure: the same voters and rules give the same
 * outcome, and the facts say why, in the order a secretary would write them in the minutes.
 */
export function decideVote(voters: readonly Voter[], rules: VotingRules): VoteOutcome {
  const quorum = checkQuorum(voters, rules);
  const { members, present, required: requiredPresent } = quorum;
  const participating = voters.filter((v) => v.present && !v.recused);
  const count = (choice: VoteChoice) => participating.filter((v) => v.choice === choice).length;
  const tally = {
    for: count('FOR'),
    against: count('AGAINST'),
    abstain: count('ABSTAIN'),
    recused: voters.filter((v) => v.recused).length,
    notVoted: participating.filter((v) => v.choice === null).length,
  };
  const facts: OutcomeFact[] = [{ code: 'PRESENT', present, members }];
  if (tally.recused) facts.push({ code: 'RECUSED', count: tally.recused });
  const outcome = (result: OutcomeResult): VoteOutcome => ({
    result,
    members,
    present,
    requiredPresent,
    tally,
    facts,
  });

  if (present < requiredPresent) {
    facts.push({ code: 'QUORUM_MISSED', present, required: requiredPresent });
    return outcome('NO_QUORUM');
  }
  if (quorum.absentParties.length) {
    facts.push(...quorum.absentParties.map((party) => ({ code: 'PARTY_ABSENT' as const, party })));
    return outcome('NO_QUORUM');
  }

  facts.push({ code: 'TALLY', for: tally.for, against: tally.against, abstain: tally.abstain });
  if (tally.for === 0 && tally.against === 0) {
    facts.push({ code: 'ALL_ABSTAINED' });
    return outcome('REJECTED');
  }
  const opposing = tally.against + (rules.abstentionsCountAsCast ? tally.abstain : 0);
  let approved: boolean;
  if (tally.for > opposing) {
    facts.push({ code: 'MAJORITY_FOR' });
    approved = true;
  } else if (tally.for < opposing) {
    facts.push({ code: 'MAJORITY_AGAINST' });
    approved = false;
  } else {
    const chairChoice = participating.find((v) => v.isChair)?.choice;
    if (rules.chairCastingVote && (chairChoice === 'FOR' || chairChoice === 'AGAINST')) {
      facts.push({ code: 'TIE_CASTING_VOTE', chairChoice });
      approved = chairChoice === 'FOR';
    } else {
      facts.push({ code: 'TIE_NO_CASTING_VOTE' });
      approved = false;
    }
  }
  if (approved && rules.doubleMajority) {
    const withoutFavour = PARTY_CODES.filter(
      (party) => !participating.some((v) => v.party === party && v.choice === 'FOR'),
    );
    if (withoutFavour.length) {
      facts.push(...withoutFavour.map((party) => ({ code: 'DOUBLE_MAJORITY_MISSED' as const, party })));
      return outcome('REJECTED');
    }
    facts.push({ code: 'BOTH_PARTIES_IN_FAVOUR' });
  }
  return outcome(approved ? 'APPROVED' : 'REJECTED');
}
