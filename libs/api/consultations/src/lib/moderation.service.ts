import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { ConflictError, NotFoundError, type Actor } from '@piano2030/api-core';
import { AuditService } from '@piano2030/api-audit';
import {
  closesReports,
  moderationTarget,
  type ContributionStatus,
  type ModerationLogDecision,
} from '@piano2030/shared-domain';
import { CONTRIBUTION_EVENTS, type ContributionEventType } from '@piano2030/shared-realtime-contracts';
import { ConsultationAccess } from './consultation-access';
import { ConsultationEventLog, type LoggedEvent } from './consultation-event-log';
import { countPublished } from './contribution-counters';
import { contributionRowsByIds, viewerOf, type ContributionRow } from './contribution-rows';
import type { ModerateContributionInput } from './dto/moderation.inputs';
import { ConsultationEntity } from './entities/consultation.entity';
import { ContributionEntity } from './entities/contribution.entity';
import { ModerationActionEntity } from './entities/moderation-action.entity';

/** A change of a contribution's visibility, by a moderator (moderatorId) or by the reports threshold (null). */
export interface VisibilityChange {
  decision: ModerationLogDecision;
  to: ContributionStatus;
  reason: string;
  moderatorId: string | null;
}

/** What the rooms hear of each decision: a rejection takes away what is already not public. */
const EVENT_OF: Readonly<Record<ModerationLogDecision, ContributionEventType | null>> = {
  APPROVE: CONTRIBUTION_EVENTS.PUBLISHED,
  RESTORE: CONTRIBUTION_EVENTS.RESTORED,
  HIDE: CONTRIBUTION_EVENTS.HIDDEN,
  AUTO_HIDE: CONTRIBUTION_EVENTS.HIDDEN,
  REJECT: null,
};

/**
 * Locks what a review changes, in the order every consultation write takes: the consultation row
 * (its counters and its event numbers), then the contribution row. Concurrent reports and
 * decisions on one contribution run one after the other, each seeing the status the previous left.
 */
export async function lockForReview(
  manager: EntityManager,
  contributionId: string,
): Promise<{ consultation: ConsultationEntity; contribution: ContributionEntity }> {
  const [found] = (await manager.query('SELECT consultation_id FROM contributions WHERE id = $1', [
    contributionId,
  ])) as { consultation_id: string }[];
  if (!found) throw new NotFoundError('Contribution', contributionId);
  const consultation = await manager.findOneOrFail(ConsultationEntity, {
    where: { id: found.consultation_id },
    lock: { mode: 'pessimistic_write' },
  });
  const contribution = await manager.findOneOrFail(ContributionEntity, {
    where: { id: contributionId },
    lock: { mode: 'pessimistic_write' },
  });
  return { consultation, contribution };
}

/**
 * Moderators' decisions on contributions, and the one change both they and the reports threshold
 * make: status, reason told to the author, counters of published contributions, the moderation
 * log, the audit row and the room's event, all in the caller's transaction.
 */
@Injectable()
export class ModerationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: ConsultationAccess,
    private readonly eventLog: ConsultationEventLog,
    private readonly audit: AuditService,
  ) {}

  async moderate(actor: Actor, input: ModerateContributionInput): Promise<ContributionRow> {
    const events: LoggedEvent[] = [];
    await this.dataSource.transaction(async (manager) => {
      await this.access.require(manager, actor, 'MODERATE_CONTRIBUTIONS');
      const { contribution } = await lockForReview(manager, input.contributionId);
      const target = moderationTarget(contribution.status, input.decision);
      if (!target.allowed) throw new ConflictError(target.reason, { status: contribution.status });
      const change = {
        decision: input.decision,
        to: target.to,
        reason: input.reason,
        moderatorId: actor.userId,
      };
      events.push(...(await this.apply(manager, contribution, change)));
    });
    this.eventLog.publish(events);
    return this.row(actor, input.contributionId);
  }

  /** Changes a locked contribution's status; returns the event to publish once the transaction commits. */
  async apply(
    manager: EntityManager,
    contribution: ContributionEntity,
    change: VisibilityChange,
  ): Promise<LoggedEvent[]> {
    const from = contribution.status;
    const settles = change.decision !== 'AUTO_HIDE' && closesReports(change.decision);
    if (settles && contribution.reportCount > 0) {
      await manager.query(
        'UPDATE contribution_reports SET open = false WHERE contribution_id = $1 AND open',
        [contribution.id],
      );
    }
    Object.assign(contribution, {
      status: change.to,
      moderationReason: change.reason,
      reportCount: settles ? 0 : contribution.reportCount,
    });
    await manager.update(ContributionEntity, contribution.id, {
      status: contribution.status,
      moderationReason: contribution.moderationReason,
      reportCount: contribution.reportCount,
    });
    const delta = (change.to === 'PUBLISHED' ? 1 : 0) - (from === 'PUBLISHED' ? 1 : 0);
    if (delta) await countPublished(manager, contribution, delta);
    await manager.insert(ModerationActionEntity, {
      contributionId: contribution.id,
      consultationId: contribution.consultationId,
      moderatorId: change.moderatorId,
      decision: change.decision,
      fromStatus: from,
      toStatus: change.to,
      reason: change.reason,
    });
    await this.audit.record(manager, {
      actorId: change.moderatorId,
      action: `moderation.${change.decision.toLowerCase().replace('_', '-')}`,
      subjectType: 'contribution',
      subjectId: contribution.id,
      data: {
        before: { status: from },
        after: { status: change.to, reason: change.reason, reportsSettled: settles },
      },
    });
    const type = EVENT_OF[change.decision];
    return type
      ? [await this.eventLog.record(manager, contribution.consultationId, type, { contribution })]
      : [];
  }

  /** The contribution as the caller now sees it. */
  async row(actor: Actor, contributionId: string): Promise<ContributionRow> {
    const [row] = await contributionRowsByIds(this.dataSource.manager, [contributionId], viewerOf(actor));
    return row;
  }
}
