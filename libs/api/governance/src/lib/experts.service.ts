import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, type EntityManager } from 'typeorm';
import { ForbiddenError, InvalidInputError, NotFoundError, type Actor } from '@piano2030/api-core';
import { AuditService } from '@piano2030/api-audit';
import { AccountsService } from '@piano2030/api-iam';
import {
  engagementLastDay,
  expertScopeCovers,
  todayInItaly,
  type ScopeVerdict,
  type ScopedSubject,
} from '@piano2030/shared-domain';
import { BodyRolesService } from './body-roles.service';
import { DecisionsService } from './decisions.service';
import { AgendaItemEntity } from './entities/agenda-item.entity';
import { BodyEntity } from './entities/body.entity';
import { ExpertEngagementEntity } from './entities/expert-engagement.entity';
import { ExpertOpinionEntity } from './entities/expert-opinion.entity';
import { MeetingEntity } from './entities/meeting.entity';
import { requireReferenceCodes } from '@piano2030/api-reference';
import type { EngageExpertInput, SubmitExpertOpinionInput } from './dto/expert.inputs';

/** External experts the Cabina calls on (Art. 4), and what they may do within their scope. */
@Injectable()
export class ExpertsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly accounts: AccountsService,
    private readonly decisions: DecisionsService,
    private readonly bodyRoles: BodyRolesService,
    private readonly audit: AuditService,
  ) {}

  async engage(actor: Actor, input: EngageExpertInput): Promise<ExpertEngagementEntity> {
    if (input.endsOn < input.startsOn)
      throw InvalidInputError.field('endsOn', 'endsOn must be on or after startsOn');
    if (!input.phaseCodes.length && !input.areaCodes.length) {
      throw InvalidInputError.field('areaCodes', 'the scope needs at least one phase or one area');
    }
    return this.dataSource.transaction(async (manager) => {
      const listed = (field: string, codes: string[]) =>
        codes.map((code, i) => ({ field: `${field}.${i}`, code }));
      await requireReferenceCodes(manager, 'phase', listed('phaseCodes', input.phaseCodes));
      await requireReferenceCodes(manager, 'area', listed('areaCodes', input.areaCodes));
      if (!(await this.accounts.findById(input.userId))) throw new NotFoundError('Account', input.userId);
      const decision = await this.decisions.requireApprovedCabinaDecision(
        manager,
        input.decisionId,
        'decisionId',
      );
      const engagement = await manager.save(
        manager.create(ExpertEngagementEntity, {
          userId: input.userId,
          decisionId: decision.id,
          phaseCodes: [...new Set(input.phaseCodes)],
          areaCodes: [...new Set(input.areaCodes)],
          theme: input.theme ?? null,
          startsOn: input.startsOn,
          endsOn: input.endsOn,
          declarationOfInterest: input.declarationOfInterest,
          endedOn: null,
        }),
      );
      await this.audit.record(manager, {
        actorId: actor.userId,
        action: 'expert.engaged',
        subjectType: 'expert-engagement',
        subjectId: engagement.id,
        data: {
          after: {
            userId: input.userId,
            decision: `${decision.number}/${decision.year}`,
            phaseCodes: engagement.phaseCodes,
            areaCodes: engagement.areaCodes,
            startsOn: input.startsOn,
            endsOn: input.endsOn,
          },
        },
      });
      return engagement;
    });
  }

  /** An opinion on an agenda item: only by an expert whose engagement covers its area or phase today. */
  async submitOpinion(actor: Actor, input: SubmitExpertOpinionInput): Promise<ExpertOpinionEntity> {
    return this.dataSource.transaction(async (manager) => {
      const item = await manager.findOneBy(AgendaItemEntity, { id: input.agendaItemId });
      if (!item) throw new NotFoundError('Agenda item', input.agendaItemId);
      const meeting = await manager.findOneByOrFail(MeetingEntity, { id: item.meetingId });
      const body = await manager.findOneByOrFail(BodyEntity, { id: meeting.bodyId });
      const engagements = await manager.findBy(ExpertEngagementEntity, { userId: actor.userId });
      this.bodyRoles.authorize(engagements.length ? ['EXPERT'] : [], 'SUBMIT_OPINION', {
        bodyKind: body.kind,
      });
      const today = todayInItaly();
      const verdicts = engagements.map((e) => ({
        engagement: e,
        verdict: expertScopeCovers(e, item, today),
      }));
      const covering = verdicts.find((v) => v.verdict.inScope)?.engagement;
      if (!covering) {
        const reasons = verdicts.map((v) => (v.verdict.inScope ? '' : v.verdict.reason));
        throw new ForbiddenError(`This is outside your engagement as an expert: ${reasons.join('; ')}.`);
      }
      const opinion = await manager.save(
        manager.create(ExpertOpinionEntity, {
          engagementId: covering.id,
          agendaItemId: item.id,
          text: input.text,
        }),
      );
      await this.audit.record(manager, {
        actorId: actor.userId,
        action: 'expert.opinion-submitted',
        subjectType: 'agenda-item',
        subjectId: item.id,
        data: { after: { opinionId: opinion.id, engagementId: covering.id, length: input.text.length } },
      });
      return opinion;
    });
  }

  /**
   * Which of these people are not engaged experts covering the subject today, with why: an
   * activity's contributors must be experts working within their engagement.
   */
  async outsideScope(
    manager: EntityManager,
    userIds: readonly string[],
    subject: ScopedSubject,
    today: string,
  ): Promise<Map<string, string>> {
    const engagements = userIds.length
      ? await manager.findBy(ExpertEngagementEntity, { userId: In([...userIds]) })
      : [];
    const refusals = new Map<string, string>();
    for (const userId of userIds) {
      const verdicts = engagements
        .filter((e) => e.userId === userId)
        .map((e) => expertScopeCovers(e, subject, today));
      if (!verdicts.length) refusals.set(userId, 'this person is not an engaged external expert');
      else if (!verdicts.some((v) => v.inScope)) {
        refusals.set(
          userId,
          `outside this expert's engagement: ${verdicts.map((v) => (v.inScope ? '' : v.reason)).join('; ')}`,
        );
      }
    }
    return refusals;
  }

  /** Null when the person holds no engagement; else whether one of them covers the subject today. */
  async verdictFor(
    manager: EntityManager,
    userId: string,
    subject: ScopedSubject,
    today: string,
  ): Promise<ScopeVerdict | null> {
    const engagements = await manager.findBy(ExpertEngagementEntity, { userId });
    if (!engagements.length) return null;
    const verdicts = engagements.map((e) => expertScopeCovers(e, subject, today));
    return (
      verdicts.find((v) => v.inScope) ?? {
        inScope: false,
        reason: verdicts.map((v) => (v.inScope ? '' : v.reason)).join('; '),
      }
    );
  }

  /** Whether the person holds an engagement that has not ended: such experts see work in progress. */
  async isEngaged(manager: EntityManager, userId: string, today: string): Promise<boolean> {
    const engagements = await manager.findBy(ExpertEngagementEntity, { userId });
    return engagements.some((e) => e.startsOn <= today && engagementLastDay(e) >= today);
  }

  list(): Promise<ExpertEngagementEntity[]> {
    return this.dataSource
      .getRepository(ExpertEngagementEntity)
      .find({ order: { startsOn: 'DESC', createdAt: 'ASC' } });
  }
}
