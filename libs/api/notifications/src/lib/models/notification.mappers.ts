import type { DispositionOutcome } from '@piano2030/shared-domain';
import type { NotificationRow } from '../notifications.service';
import type { NotificationModel } from './notification.model';

export function toNotificationModel(row: NotificationRow): NotificationModel {
  const { data } = row;
  return {
    id: row.id,
    kind: row.kind,
    consultationId: row.consultationId,
    consultationTitle: data.consultationTitle,
    contributionId: row.contributionId,
    excerpt: data.excerpt,
    actorName: data.actorName ?? null,
    organisationName: data.organisationName ?? null,
    mentioned: data.mentioned ?? null,
    outcome: (data.outcome as DispositionOutcome | undefined) ?? null,
    reason: data.reason ?? null,
    createdAt: row.createdAt,
    readAt: row.readAt,
  };
}
