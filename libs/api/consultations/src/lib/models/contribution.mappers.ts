import { isPubliclyVisible } from '@piano2030/shared-domain';
import type { ContributionRow, RowViewer } from '../contribution-rows';
import type { ContributionModel } from './contribution.model';

/**
 * The author, moderators and (when answering) the committee read what the public may not: the text
 * of a hidden one, the reason.
 */
export function toContributionModel(row: ContributionRow, viewer: RowViewer): ContributionModel {
  const isAuthor = row.authorId === viewer.userId;
  const revealed = viewer.moderator || viewer.readsHiddenText === true || isAuthor;
  return {
    id: row.id,
    consultationId: row.consultationId,
    parentId: row.parentId,
    threadId: row.threadId,
    depth: row.depth,
    kind: row.kind,
    status: row.status,
    body: revealed || isPubliclyVisible(row.status) ? row.body : null,
    author: {
      name: row.authorName,
      organisationId: row.organisationId,
      organisationName: row.organisationName,
      category: row.category,
    },
    anchor: row.anchorKind && row.anchorRef ? { kind: row.anchorKind, ref: row.anchorRef } : null,
    moderationReason: revealed ? row.moderationReason : null,
    replyCount: row.replyCount,
    supportCount: row.supportCount,
    editCount: row.editCount,
    viewerSupports: row.viewerSupports,
    viewerIsAuthor: isAuthor,
    createdAt: row.createdAt,
    editedAt: row.editedAt,
    authorId: row.authorId,
  };
}
