import type { NotificationKind } from '@piano2030/shared-domain';
import { CONTRIBUTION_EVENTS } from '@piano2030/shared-realtime-contracts';
import type { NotificationData } from './entities/notification.entity';
import { excerptOf } from './notification-texts';

/** A contribution as the projector reads it when it handles an event: as it is now. */
export interface ContributionFacts {
  id: string;
  consultationId: string;
  consultationTitle: string;
  authorId: string;
  /** The author's public name (initials unless they chose their full name). */
  authorName: string;
  organisationName: string | null;
  status: string;
  body: string;
  /** The author of the contribution it replies to, when that one is public. */
  parentAuthorId: string | null;
}

export interface EventFacts {
  type: string;
  contribution: ContributionFacts | null;
  /** The published answer (ANSWERED). */
  disposition: { outcome: string; reasons: string } | null;
  /** The moderator's reason, as the author is told it (HIDDEN). */
  moderationReason: string | null;
  /** People the text mentions by name, with the name used (their own or their organisation's). */
  mentions: readonly { userId: string; name: string }[];
}

export interface PlannedNotification {
  userId: string;
  kind: NotificationKind;
  data: NotificationData;
}

/**
 * Who hears of an event, and what they read. Replies and mentions only ever quote a public text
 * and a public name; an author alone hears of the answer to, or the hiding of, their own text.
 */
export function planNotifications(event: EventFacts): PlannedNotification[] {
  const contribution = event.contribution;
  if (!contribution) return [];
  const base = { consultationTitle: contribution.consultationTitle, excerpt: excerptOf(contribution.body) };
  switch (event.type) {
    case CONTRIBUTION_EVENTS.PUBLISHED: {
      if (contribution.status !== 'PUBLISHED') return [];
      const actor = {
        actorName: contribution.authorName,
        ...(contribution.organisationName ? { organisationName: contribution.organisationName } : {}),
      };
      const planned: PlannedNotification[] = [];
      const told = new Set([contribution.authorId]);
      if (contribution.parentAuthorId && !told.has(contribution.parentAuthorId)) {
        told.add(contribution.parentAuthorId);
        planned.push({ userId: contribution.parentAuthorId, kind: 'REPLY', data: { ...base, ...actor } });
      }
      for (const { userId, name } of event.mentions) {
        if (told.has(userId)) continue;
        told.add(userId);
        planned.push({ userId, kind: 'MENTION', data: { ...base, ...actor, mentioned: name } });
      }
      return planned;
    }
    case CONTRIBUTION_EVENTS.ANSWERED:
      if (!event.disposition) return [];
      return [
        {
          userId: contribution.authorId,
          kind: 'DISPOSITION',
          data: {
            ...base,
            outcome: event.disposition.outcome,
            reason: excerptOf(event.disposition.reasons),
          },
        },
      ];
    case CONTRIBUTION_EVENTS.HIDDEN:
      // Put back before the projector came by: nothing to tell any more.
      if (contribution.status !== 'HIDDEN') return [];
      return [
        {
          userId: contribution.authorId,
          kind: 'MODERATION',
          data: { ...base, ...(event.moderationReason ? { reason: event.moderationReason } : {}) },
        },
      ];
    default:
      return [];
  }
}
