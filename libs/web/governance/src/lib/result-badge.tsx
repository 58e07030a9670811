import type { VoteResult } from '@piano2030/web-core';
import { Badge } from 'design-react-kit';
import { useTranslation } from 'react-i18next';

const COLOR: Record<VoteResult, string> = { APPROVED: 'success', REJECTED: 'danger', NO_QUORUM: 'warning' };

/** A decision's result; the word carries it, the colour only repeats it. */
export function ResultBadge({ result }: { result: VoteResult }) {
  const { t } = useTranslation();
  return <Badge color={COLOR[result]}>{t(`governance.results.${result}`)}</Badge>;
}
