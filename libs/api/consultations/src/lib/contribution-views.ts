import type { ContributionView } from '@piano2030/shared-realtime-contracts';
import { isPubliclyVisible } from '@piano2030/shared-domain';
import type { ContributionEntity } from './entities/contribution.entity';
import type { SpeakerNames } from './speaker-directory';

/** The public face of a contribution, as its room hears it: no text unless it is public. */
export function contributionView(contribution: ContributionEntity, names: SpeakerNames): ContributionView {
  return {
    id: contribution.id,
    consultationId: contribution.consultationId,
    parentId: contribution.parentId,
    threadId: contribution.threadId,
    depth: contribution.depth,
    kind: contribution.kind,
    status: contribution.status,
    body: isPubliclyVisible(contribution.status) ? contribution.body : null,
    authorName: names.people.get(contribution.authorId) ?? '',
    organisationName: contribution.organisationId
      ? (names.organisations.get(contribution.organisationId) ?? null)
      : null,
    category: contribution.category,
    anchorKind: contribution.anchorKind,
    anchorRef: contribution.anchorRef,
    replyCount: contribution.replyCount,
    supportCount: contribution.supportCount,
    createdAt: contribution.createdAt.toISOString(),
    editedAt: contribution.editedAt?.toISOString() ?? null,
  };
}
