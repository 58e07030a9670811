import type { BodyPageQuery } from '@piano2030/web-core';
import { useTranslation } from 'react-i18next';

type Rules = BodyPageQuery['body']['votingRules'];

/** The body's voting rules, one sentence each, as a member would explain them. */
export function VotingRulesList({ rules, resultsHidden }: { rules: Rules; resultsHidden: boolean }) {
  const { t } = useTranslation();
  const sentences = [
    rules.quorumMembers === null
      ? t('governance.body.rules.quorumMajority')
      : t('governance.body.rules.quorumFixed', { count: rules.quorumMembers }),
    ...(rules.eachPartyPresent ? [t('governance.body.rules.eachParty')] : []),
    rules.abstentionsCountAsCast
      ? t('governance.body.rules.abstentionsCount')
      : t('governance.body.rules.abstentionsDontCount'),
    rules.chairCastingVote ? t('governance.body.rules.casting') : t('governance.body.rules.noCasting'),
    ...(rules.doubleMajority ? [t('governance.body.rules.doubleMajority')] : []),
    t('governance.body.rules.recused'),
    resultsHidden ? t('governance.body.rules.hidden') : t('governance.body.rules.visible'),
  ];
  return (
    <ul>
      {sentences.map((sentence) => (
        <li key={sentence}>{sentence}</li>
      ))}
    </ul>
  );
}
