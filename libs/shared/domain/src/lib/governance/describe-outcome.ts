import type { Locale } from '../locales';
import type { PartyCode } from '../process';
import type { OutcomeFact, OutcomeResult, VoteOutcome } from './vote-outcome';

type PartyName = (party: PartyCode) => string;
type Phrases = {
  result: Record<OutcomeResult, string>;
  fact: (fact: OutcomeFact, partyName: PartyName) => string;
};

const plural = (count: number, one: string, many: string) => (count === 1 ? one : many);

const PHRASES: Record<Locale, Phrases> = {
  it: {
    result: {
      APPROVED: 'approvata',
      REJECTED: 'respinta',
      NO_QUORUM: 'non valida per mancanza del numero legale',
    },
    fact: (fact, partyName) => {
      switch (fact.code) {
        case 'PRESENT':
          return `${fact.present} presenti su ${fact.members}`;
        case 'RECUSED':
          return plural(
            fact.count,
            '1 componente non partecipa per conflitto di interessi',
            `${fact.count} componenti non partecipano per conflitto di interessi`,
          );
        case 'QUORUM_MISSED':
          return `ne servivano almeno ${fact.required}`;
        case 'PARTY_ABSENT':
          return `nessun componente presente per ${partyName(fact.party)}`;
        case 'TALLY':
          return `${fact.for} ${plural(fact.for, 'favorevole', 'favorevoli')}, ${fact.against} ${plural(fact.against, 'contrario', 'contrari')}, ${fact.abstain} ${plural(fact.abstain, 'astenuto', 'astenuti')}`;
        case 'ALL_ABSTAINED':
          return 'nessun voto favorevole né contrario';
        case 'MAJORITY_FOR':
          return 'maggioranza favorevole';
        case 'MAJORITY_AGAINST':
          return 'maggioranza non favorevole';
        case 'TIE_NO_CASTING_VOTE':
          return 'parità di voti, che non approva';
        case 'TIE_CASTING_VOTE':
          return `parità decisa dal voto ${fact.chairChoice === 'FOR' ? 'favorevole' : 'contrario'} del presidente`;
        case 'BOTH_PARTIES_IN_FAVOUR':
          return 'entrambe le Parti a favore';
        case 'DOUBLE_MAJORITY_MISSED':
          return `nessun voto favorevole da ${partyName(fact.party)}`;
      }
    },
  },
  en: {
    result: { APPROVED: 'approved', REJECTED: 'rejected', NO_QUORUM: 'not valid: no quorum' },
    fact: (fact, partyName) => {
      switch (fact.code) {
        case 'PRESENT':
          return `${fact.present} of ${fact.members} present`;
        case 'RECUSED':
          return `${fact.count} recused for a conflict of interest`;
        case 'QUORUM_MISSED':
          return `at least ${fact.required} needed`;
        case 'PARTY_ABSENT':
          return `no member present for ${partyName(fact.party)}`;
        case 'TALLY':
          return `${fact.for} for, ${fact.against} against, ${fact.abstain} abstained`;
        case 'ALL_ABSTAINED':
          return 'no vote for or against';
        case 'MAJORITY_FOR':
          return 'majority in favour';
        case 'MAJORITY_AGAINST':
          return 'no majority in favour';
        case 'TIE_NO_CASTING_VOTE':
          return 'a tie, which does not approve';
        case 'TIE_CASTING_VOTE':
          return `tie decided by the chair's casting vote ${fact.chairChoice === 'FOR' ? 'for' : 'against'}`;
        case 'BOTH_PARTIES_IN_FAVOUR':
          return 'both Parti in favour';
        case 'DOUBLE_MAJORITY_MISSED':
          return `no vote in favour from ${partyName(fact.party)}`;
      }
    },
  },
};

/** The result and its reasons as one line for the decision record, e.g. "approved: 5 of 6 present, ...". */
export function describeOutcome(outcome: VoteOutcome, locale: Locale, partyName: PartyName): string {
  const phrases = PHRASES[locale];
  const reasons = outcome.facts.map((fact) => phrases.fact(fact, partyName));
  return `${phrases.result[outcome.result]}: ${reasons.join(', ')}`;
}
