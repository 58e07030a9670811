import type {
  ConsultationStatus,
  ContributionKind,
  ContributionStatus,
  DispositionOutcome,
} from '@piano2030/web-core';
import { Badge } from 'design-react-kit';
import { useTranslation } from 'react-i18next';
import './badges.css';

/*
 * The committee's pages and the pages that show answers: in every badge the word carries the
 * meaning, the colour only repeats it (the same colours as the public consultation pages).
 */

const KIND_COLOR: Record<ContributionKind, string> = {
  REQUEST: 'primary',
  OBSERVATION: 'secondary',
  PROPOSAL: 'success',
  COMMENT: 'light',
};

export function KindLabel({ kind }: { kind: ContributionKind }) {
  const { t } = useTranslation();
  return (
    <Badge color={KIND_COLOR[kind]} className={`cons-kind cons-kind-${kind.toLowerCase()}`}>
      {t(`consultationsAdmin.kinds.${kind}`)}
    </Badge>
  );
}

const OUTCOME_COLOR: Record<DispositionOutcome, string> = {
  ACCEPTED: 'success',
  PARTIALLY_ACCEPTED: 'primary',
  ALREADY_PLANNED: 'secondary',
  REJECTED: 'danger',
  NOT_RELEVANT: 'dark',
};

export function OutcomeLabel({ outcome }: { outcome: DispositionOutcome }) {
  const { t } = useTranslation();
  return <Badge color={OUTCOME_COLOR[outcome]}>{t(`consultationsAdmin.outcomes.${outcome}`)}</Badge>;
}

/** The answer is the official one of the Comitato operativo: published. */
export function OfficialLabel() {
  const { t } = useTranslation();
  return (
    <Badge color="primary" className="cons-official">
      {t('consultationsAdmin.official')}
    </Badge>
  );
}

const STATUS_COLOR: Record<ConsultationStatus, string> = {
  DRAFT: 'secondary',
  SCHEDULED: 'warning',
  OPEN: 'success',
  CLOSED: 'dark',
  REPORT_PUBLISHED: 'primary',
};

export function ConsultationStatusLabel({ status }: { status: ConsultationStatus }) {
  const { t } = useTranslation();
  return <Badge color={STATUS_COLOR[status]}>{t(`consultationsAdmin.statuses.${status}`)}</Badge>;
}

const CONTRIBUTION_STATUS_COLOR: Record<ContributionStatus, string> = {
  PENDING: 'warning',
  PUBLISHED: 'success',
  HIDDEN: 'dark',
  REJECTED: 'danger',
};

export function ContributionStatusLabel({ status }: { status: ContributionStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={CONTRIBUTION_STATUS_COLOR[status]}>
      {t(`consultationsAdmin.contributionStatuses.${status}`)}
    </Badge>
  );
}
