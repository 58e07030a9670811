import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ConflictError, NotFoundError, RateLimiter, type Actor } from '@piano2030/api-core';
import { AuditService } from '@piano2030/api-audit';
import {
  AUTO_HIDE_REASON,
  CONTRIBUTION_LIMITS,
  isPubliclyVisible,
  reachesHideThreshold,
} from '@piano2030/shared-domain';
import { ConsultationEventLog, type LoggedEvent } from './consultation-event-log';
import type { ContributionRow } from './contribution-rows';
import type { ReportContributionInput } from './dto/moderation.inputs';
import { ContributionReportEntity } from './entities/contribution-report.entity';
import { ContributionEntity } from './entities/contribution.entity';
import { ModerationService, lockForReview } from './moderation.service';

/**
 * Reports against the netiquette: one per person and contribution, never on one's own. When the
 * open reports reach the consultation's threshold the contribution is hidden pending review, in
 * the same transaction; the row locks make that happen exactly once however many report at once.
 */
@Injectable()
export class ReportsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly moderation: ModerationService,
    private readonly eventLog: ConsultationEventLog,
    private readonly audit: AuditService,
    private readonly limiter: RateLimiter,
  ) {}

  async report(actor: Actor, input: ReportContributionInput): Promise<ContributionRow> {
    // Reports hide contributions: a flood of them from one account is itself abuse.
    this.limiter.hit({
      key: `report:user:${actor.userId}`,
      limit: CONTRIBUTION_LIMITS.reportsPerPersonPerHour,
      windowSeconds: 3600,
      message: `You can send at most ${CONTRIBUTION_LIMITS.reportsPerPersonPerHour} reports an hour. Try again later.`,
    });
    const events: LoggedEvent[] = [];
    await this.dataSource.transaction(async (manager) => {
      const { consultation, contribution } = await lockForReview(manager, input.contributionId);
      if (!isPubliclyVisible(contribution.status)) throw new NotFoundError('Contribution', contribution.id);
      if (contribution.authorId === actor.userId) {
        throw new ConflictError('You cannot report your own contribution.', { refusal: 'OWN_CONTRIBUTION' });
      }
      const inserted = await manager
        .createQueryBuilder()
        .insert()
        .into(ContributionReportEntity)
        .values({
          contributionId: contribution.id,
          reporterId: actor.userId,
          reason: input.reason,
          note: input.note ?? '',
        })
        .orIgnore()
        .returning('reporter_id')
        .execute();
      if (!(inserted.raw as unknown[]).length) {
        throw new ConflictError('You have already reported this contribution.', {
          refusal: 'ALREADY_REPORTED',
        });
      }
      contribution.reportCount += 1;
      await manager.update(ContributionEntity, contribution.id, { reportCount: contribution.reportCount });
      await this.audit.record(manager, {
        actorId: actor.userId,
        action: 'contribution.reported',
        subjectType: 'contribution',
        subjectId: contribution.id,
        data: { after: { reason: input.reason, openReports: contribution.reportCount } },
      });
      if (
        reachesHideThreshold(contribution.status, contribution.reportCount, consultation.hideAfterReports)
      ) {
        events.push(
          ...(await this.moderation.apply(manager, contribution, {
            decision: 'AUTO_HIDE',
            to: 'HIDDEN',
            reason: AUTO_HIDE_REASON,
            moderatorId: null,
          })),
        );
      }
    });
    this.eventLog.publish(events);
    return this.moderation.row(actor, input.contributionId);
  }
}
