import type {
  ConsultationStatus,
  ContributionKind,
  ContributionStatus,
  DispositionOutcome,
} from '@piano2030/web-core';
import { Badge } from 'design-react-kit';
import { useTranslation } from 'react-i18next';

/** In every badge the word carries the meaning; the colour only repeats it. */
const KIND_COLOR: Record<ContributionKind, string> = {
  REQUEST: 'primary',
  OBSERVATION: 'secondary',
  PROPOSAL: 'success',
  COMMENT: 'light',
};

/** Istanza, osservazione, proposta or commento. */
export function KindBadge({ kind }: { kind: ContributionKind }) {
  const { t } = useTranslation();
  return (
    <Badge color={KIND_COLOR[kind]} className={`cons-kind cons-kind-${kind.toLowerCase()}`}>
      {t(`consultations.kind.${kind}`)}
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

/** Accolto, parzialmente accolto, non accolto, già previsto, non pertinente. */
export function OutcomeBadge({ outcome }: { outcome: DispositionOutcome }) {
  const { t } = useTranslation();
  return <Badge color={OUTCOME_COLOR[outcome]}>{t(`consultations.outcome.${outcome}`)}</Badge>;
}

const STATUS_COLOR: Record<ConsultationStatus, string> = {
  DRAFT: 'secondary',
  SCHEDULED: 'warning',
  OPEN: 'success',
  CLOSED: 'dark',
  REPORT_PUBLISHED: 'primary',
};

/** Where a consultation stands; a draft says that only the committee sees it. */
export function ConsultationStatusBadge({ status }: { status: ConsultationStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={STATUS_COLOR[status]}>
      {t(`consultations.status.${status}`)}
      {status === 'DRAFT' && <span className="fw-normal"> {t('consultations.status.internal')}</span>}
    </Badge>
  );
}

const CONTRIBUTION_STATUS_COLOR: Record<ContributionStatus, string> = {
  PENDING: 'warning',
  PUBLISHED: 'success',
  HIDDEN: 'dark',
  REJECTED: 'danger',
};

/** In attesa di moderazione, pubblicato, nascosto, respinto. */
export function ContributionStatusBadge({ status }: { status: ContributionStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={CONTRIBUTION_STATUS_COLOR[status]}>{t(`consultations.contributionStatus.${status}`)}</Badge>
  );
}
