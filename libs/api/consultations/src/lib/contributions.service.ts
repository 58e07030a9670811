import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import {
  ConflictError,
  ForbiddenError,
  InvalidInputError,
  NotFoundError,
  RateLimiter,
  isUuid,
  type Actor,
} from '@piano2030/api-core';
import { AuditService } from '@piano2030/api-audit';
import { ParticipantsService } from '@piano2030/api-participants';
import {
  CONTRIBUTION_LIMITS,
  contributionBodyProblem,
  isPubliclyVisible,
  isWithinEditWindow,
} from '@piano2030/shared-domain';
import { CONTRIBUTION_EVENTS } from '@piano2030/shared-realtime-contracts';
import { ConsultationEventLog, type LoggedEvent } from './consultation-event-log';
import { checkAnchor } from './contribution-anchors';
import { countPublished } from './contribution-counters';
import type { EditContributionInput, PostContributionInput } from './dto/contribution.inputs';
import { ConsultationEntity } from './entities/consultation.entity';
import { ContributionRevisionEntity } from './entities/contribution-revision.entity';
import { ContributionSupportEntity } from './entities/contribution-support.entity';
import { ContributionEntity } from './entities/contribution.entity';
import { ConsultationInvitationEntity } from './entities/consultation-invitation.entity';

/** The contribution that was stored, and whether this call stored it (false: an idempotent repeat). */
export interface Posted {
  contribution: ContributionEntity;
  created: boolean;
}

/**
 * Taking part: posting, replying, editing within the window, supporting. Each write locks the
 * consultation row first (its status and its event counter), so nothing lands after closing and
 * the room's events are numbered in commit order. Events go out after the commit.
 */
@Injectable()
export class ContributionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly participants: ParticipantsService,
    private readonly eventLog: ConsultationEventLog,
    private readonly audit: AuditService,
    private readonly limiter: RateLimiter,
  ) {}

  async post(actor: Actor, input: PostContributionInput): Promise<Posted> {
    // A retry of an acknowledged post is answered, not counted against the rate limit.
    const repeat = await this.findByKey(this.dataSource.manager, actor.userId, input.idempotencyKey);
    if (repeat) return { contribution: repeat, created: false };
    this.limitRate(actor);
    const bodyProblem = contributionBodyProblem(input.body);
    if (bodyProblem) throw InvalidInputError.field('body', bodyProblem);
    const events: LoggedEvent[] = [];
    const posted = await this.dataSource.transaction(async (manager) => {
      const consultation = await this.lockOpen(manager, input.consultationId);
      const speaker = await this.participants.speakerFor(manager, actor, input.organisationId ?? null);
      await this.requireParticipation(manager, consultation, speaker.organisationId, actor.userId);
      const parent = input.parentId ? await this.parentOf(manager, consultation, input.parentId) : null;
      if (input.anchor) checkAnchor(consultation, input.anchor);
      const id = randomUUID();
      const status = consultation.preModeration ? 'PENDING' : 'PUBLISHED';
      const inserted = await manager
        .createQueryBuilder()
        .insert()
        .into(ContributionEntity)
        .values({
          id,
          consultationId: consultation.id,
          parentId: parent?.id ?? null,
          threadId: parent?.threadId ?? id,
          depth: parent ? parent.depth + 1 : 1,
          authorId: actor.userId,
          organisationId: speaker.organisationId,
          category: speaker.category,
          kind: input.kind,
          body: input.body.trim(),
          anchorKind: input.anchor?.kind ?? null,
          anchorRef: input.anchor?.ref ?? null,
          status,
          idempotencyKey: input.idempotencyKey,
        })
        .orIgnore()
        .returning('id')
        .execute();
      if (!(inserted.raw as unknown[]).length) {
        // The same key committed by a concurrent request meanwhile: that one is the contribution.
        return {
          contribution: (await this.findByKey(manager, actor.userId, input.idempotencyKey))!,
          created: false,
        };
      }
      const contribution = await manager.findOneByOrFail(ContributionEntity, { id });
      if (status === 'PUBLISHED') await countPublished(manager, contribution, +1);
      await this.audit.record(manager, {
        actorId: actor.userId,
        action: 'contribution.posted',
        subjectType: 'contribution',
        subjectId: id,
        data: {
          after: {
            consultationId: consultation.id,
            parentId: contribution.parentId,
            kind: contribution.kind,
            status,
            organisationId: contribution.organisationId,
            length: [...contribution.body].length,
          },
        },
      });
      if (status === 'PUBLISHED') {
        events.push(
          await this.eventLog.record(manager, consultation.id, CONTRIBUTION_EVENTS.PUBLISHED, {
            contribution,
          }),
        );
      }
      return { contribution, created: true };
    });
    this.eventLog.publish(events);
    return posted;
  }

  async edit(actor: Actor, input: EditContributionInput): Promise<ContributionEntity> {
    this.limitRate(actor);
    const bodyProblem = contributionBodyProblem(input.body);
    if (bodyProblem) throw InvalidInputError.field('body', bodyProblem);
    const events: LoggedEvent[] = [];
    const edited = await this.dataSource.transaction(async (manager) => {
      const contribution = await this.lockInOrder(manager, input.id);
      if (contribution.authorId !== actor.userId)
        throw new ForbiddenError('Only its author can edit a contribution.');
      if (contribution.status === 'REJECTED')
        throw new ConflictError('A rejected contribution cannot be edited.');
      if (!isWithinEditWindow(contribution.createdAt, new Date())) {
        throw new ConflictError(
          `A contribution can be edited for ${CONTRIBUTION_LIMITS.editWindowMinutes} minutes after posting; that time is over.`,
        );
      }
      const body = input.body.trim();
      if (body === contribution.body) throw InvalidInputError.field('body', 'the text is unchanged');
      await manager.insert(ContributionRevisionEntity, {
        contributionId: contribution.id,
        body: contribution.body,
      });
      const before = contribution.body;
      contribution.body = body;
      contribution.editCount += 1;
      contribution.editedAt = new Date();
      await manager.save(contribution);
      await this.audit.record(manager, {
        actorId: actor.userId,
        action: 'contribution.edited',
        subjectType: 'contribution',
        subjectId: contribution.id,
        data: { before: { body: before }, after: { body } },
      });
      if (isPubliclyVisible(contribution.status)) {
        events.push(
          await this.eventLog.record(manager, contribution.consultationId, CONTRIBUTION_EVENTS.EDITED, {
            contribution,
          }),
        );
      }
      return contribution;
    });
    this.eventLog.publish(events);
    return edited;
  }

  /** One support per person; `support: false` withdraws it. */
  async support(actor: Actor, contributionId: string, support: boolean): Promise<ContributionEntity> {
    const events: LoggedEvent[] = [];
    const supported = await this.dataSource.transaction(async (manager) => {
      const contribution = await this.lockInOrder(manager, contributionId);
      if (!isPubliclyVisible(contribution.status)) throw new NotFoundError('Contribution', contributionId);
      if (contribution.authorId === actor.userId) {
        throw new ConflictError('You cannot support your own contribution.');
      }
      const changed = support
        ? (
            (
              await manager
                .createQueryBuilder()
                .insert()
                .into(ContributionSupportEntity)
                .values({ contributionId, userId: actor.userId })
                .orIgnore()
                .returning('user_id')
                .execute()
            ).raw as unknown[]
          ).length
        : (
            (await manager.query(
              'DELETE FROM contribution_supports WHERE contribution_id = $1 AND user_id = $2 RETURNING user_id',
              [contributionId, actor.userId],
            )) as [unknown[], number]
          )[0].length;
      if (!changed) {
        throw new ConflictError(
          support ? 'You already support this contribution.' : 'You do not support this contribution.',
        );
      }
      contribution.supportCount += support ? 1 : -1;
      await manager.update(ContributionEntity, contribution.id, { supportCount: contribution.supportCount });
      await this.audit.record(manager, {
        actorId: actor.userId,
        action: support ? 'contribution.supported' : 'contribution.support-withdrawn',
        subjectType: 'contribution',
        subjectId: contribution.id,
        data: { after: { supportCount: contribution.supportCount } },
      });
      events.push(
        await this.eventLog.record(manager, contribution.consultationId, CONTRIBUTION_EVENTS.SUPPORTED, {
          contribution,
        }),
      );
      return contribution;
    });
    this.eventLog.publish(events);
    return supported;
  }

  private limitRate(actor: Actor): void {
    this.limiter.hit({
      key: `contribute:user:${actor.userId}`,
      limit: CONTRIBUTION_LIMITS.perPersonPerMinute,
      windowSeconds: 60,
      message: `You can post or edit at most ${CONTRIBUTION_LIMITS.perPersonPerMinute} contributions a minute. Try again shortly.`,
    });
  }

  private findByKey(manager: EntityManager, authorId: string, idempotencyKey: string) {
    return manager.findOneBy(ContributionEntity, { authorId, idempotencyKey });
  }

  /**
   * The contribution's consultation (which must be open), then the contribution: the order every
   * consultation write locks in, so concurrent writers (a report, a support) never deadlock.
   */
  private async lockInOrder(manager: EntityManager, id: string): Promise<ContributionEntity> {
    const found = isUuid(id) ? await manager.findOneBy(ContributionEntity, { id }) : null;
    if (!found) throw new NotFoundError('Contribution', id);
    await this.lockOpen(manager, found.consultationId);
    return this.lockContribution(manager, id);
  }

  private async lockContribution(manager: EntityManager, id: string): Promise<ContributionEntity> {
    const contribution = !isUuid(id)
      ? null
      : await manager.findOne(ContributionEntity, {
          where: { id },
          lock: { mode: 'pessimistic_write' },
        });
    if (!contribution) throw new NotFoundError('Contribution', id);
    return contribution;
  }

  /** The consultation, locked, if it takes contributions now; its clock may lag, the dates do not. */
  private async lockOpen(manager: EntityManager, id: string): Promise<ConsultationEntity> {
    const consultation = await manager.findOne(ConsultationEntity, {
      where: { id },
      lock: { mode: 'pessimistic_write' },
    });
    if (!consultation || consultation.status === 'DRAFT') throw new NotFoundError('Consultation', id);
    const now = new Date();
    if (consultation.status === 'SCHEDULED' || (consultation.opensAt && consultation.opensAt > now)) {
      throw new ConflictError(
        'The consultation is not open yet: contributions are taken from its opening date.',
      );
    }
    if (consultation.status !== 'OPEN' || (consultation.closesAt && consultation.closesAt <= now)) {
      throw new ConflictError('The consultation is closed: it no longer takes contributions.');
    }
    return consultation;
  }

  private async requireParticipation(
    manager: EntityManager,
    consultation: ConsultationEntity,
    organisationId: string | null,
    userId: string,
  ): Promise<void> {
    if (consultation.participation === 'ORGANISATIONS' && !organisationId) {
      throw new ForbiddenError(
        "This consultation is for organisations: speak as your organisation's verified representative.",
      );
    }
    if (consultation.participation === 'INVITED') {
      const invited = await manager
        .createQueryBuilder(ConsultationInvitationEntity, 'i')
        .where('i.consultation_id = :id', { id: consultation.id })
        .andWhere('(i.user_id = :userId OR i.organisation_id = :organisationId)', {
          userId,
          organisationId,
        })
        .getExists();
      if (!invited)
        throw new ForbiddenError('This consultation is by invitation, and you are not among those invited.');
    }
  }

  private async parentOf(
    manager: EntityManager,
    consultation: ConsultationEntity,
    parentId: string,
  ): Promise<ContributionEntity> {
    const parent = await manager.findOneBy(ContributionEntity, { id: parentId });
    if (!parent || parent.consultationId !== consultation.id || !isPubliclyVisible(parent.status)) {
      throw InvalidInputError.field(
        'parentId',
        'parentId must be a published contribution of this consultation',
      );
    }
    if (parent.depth >= CONTRIBUTION_LIMITS.maxDepth) {
      throw InvalidInputError.field(
        'parentId',
        `replies go at most ${CONTRIBUTION_LIMITS.maxDepth} levels deep: reply to an earlier contribution of the thread`,
      );
    }
    return parent;
  }
}
