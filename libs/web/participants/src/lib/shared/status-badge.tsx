import type { RepresentationStatus } from '@piano2030/web-core';
import { Badge } from 'design-react-kit';
import { useTranslation } from 'react-i18next';

/** The word carries the status; the colour only repeats it. */
const COLOR: Record<RepresentationStatus, string> = {
  PENDING: 'warning',
  VERIFIED: 'success',
  REJECTED: 'danger',
  REVOKED: 'dark',
};

export function RepresentationStatusBadge({ status }: { status: RepresentationStatus }) {
  const { t } = useTranslation();
  return <Badge color={COLOR[status]}>{t(`participants.status.${status}`)}</Badge>;
}
