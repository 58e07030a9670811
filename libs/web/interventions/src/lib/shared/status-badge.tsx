import type { InterventionStatus } from '@piano2030/web-core';
import { Badge, Icon } from 'design-react-kit';
import { useTranslation } from 'react-i18next';

/** The word carries the status; the colour only repeats it. */
const COLOR: Record<InterventionStatus, string> = {
  DRAFT: 'secondary',
  IN_CONSULTATION: 'primary',
  REVISED: 'warning',
  ADOPTED: 'success',
  DISCARDED: 'dark',
};

/** A draft is the bodies' working material: its badge says that the public does not see it. */
export function InterventionStatusBadge({ status }: { status: InterventionStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={COLOR[status]} className="d-inline-flex align-items-center gap-1">
      {status === 'DRAFT' && <Icon icon="it-locked" size="xs" color="white" aria-hidden />}
      {t(`interventions.status.${status}`)}
      {status === 'DRAFT' && <span className="fw-normal">{t('interventions.status.internal')}</span>}
    </Badge>
  );
}
