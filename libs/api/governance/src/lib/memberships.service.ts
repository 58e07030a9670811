import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull, QueryFailedError, type EntityManager } from 'typeorm';
import {
  ACCESS_CHANGED,
  ConflictError,
  DomainEventBus,
  InvalidInputError,
  NotFoundError,
  type Actor,
} from '@piano2030/api-core';
import { bodyRoom } from '@piano2030/shared-realtime-contracts';
import { AuditService } from '@piano2030/api-audit';
import { AccountsService } from '@piano2030/api-iam';
import { DecisionsService } from './decisions.service';
import { BodyEntity } from './entities/body.entity';
import { MembershipEntity } from './entities/membership.entity';
import { VOTING_ROLES } from '@piano2030/shared-domain';
import type { AppointMemberInput } from './dto/appoint-member.input';
import type { EndMembershipInput } from './dto/end-membership.input';

const UNIQUE_VIOLATION = '23505';

/** Appointments to the bodies and their end; every change is audited in its own transaction. */
@Injectable()
export class MembershipsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly accounts: AccountsService,
    private readonly audit: AuditService,
    private readonly decisions: DecisionsService,
    private readonly events: DomainEventBus,
  ) {}

  async appoint(actor: Actor, input: AppointMemberInput): Promise<MembershipEntity> {
    if (input.termTo && input.termTo < input.termFrom) {
      throw InvalidInputError.field('termTo', 'termTo must be on or after termFrom');
    }
    if (input.alternateUserId && input.alternateUserId === input.userId) {
      throw InvalidInputError.field('alternateUserId', 'a member cannot be their own alternate');
    }
    try {
      return await this.dataSource.transaction(async (manager) => {
        // The body row is the lock that serialises appointments: seat counts cannot race.
        const body = await manager.findOne(BodyEntity, {
          where: { id: input.bodyId },
          lock: { mode: 'pessimistic_write' },
        });
        if (!body) throw new NotFoundError('Body', input.bodyId);
        await this.requireAccount(input.userId);
        if (input.alternateUserId) await this.requireAccount(input.alternateUserId);
        await this.checkSeat(manager, body, input);
        await this.checkDecision(manager, body, input);
        const membership = await manager.save(
          manager.create(MembershipEntity, {
            bodyId: body.id,
            userId: input.userId,
            role: input.role,
            partyCode: input.partyCode ?? null,
            designationReference: input.designationReference,
            designationDate: input.designationDate,
            termFrom: input.termFrom,
            termTo: input.termTo ?? null,
            alternateUserId: input.alternateUserId ?? null,
            decisionId: input.decisionId ?? null,
          }),
        );
        await this.audit.record(manager, {
          actorId: actor.userId,
          action: 'membership.appointed',
          subjectType: 'membership',
          subjectId: membership.id,
          data: {
            body: body.code,
            userId: input.userId,
            role: input.role,
            partyCode: input.partyCode ?? null,
          },
        });
        return membership;
      });
    } catch (error) {
      if (
        error instanceof QueryFailedError &&
        (error.driverError as { code?: string }).code === UNIQUE_VIOLATION
      ) {
        throw new ConflictError('This person already sits on this body, or the body already has a chair.');
      }
      throw error;
    }
  }

  /** Ends a membership; the member and their alternate lose the body's room at once. */
  async end(actor: Actor, input: EndMembershipInput): Promise<MembershipEntity> {
    const ended = await this.dataSource.transaction(async (manager) => {
      const membership = await manager.findOne(MembershipEntity, {
        where: { id: input.membershipId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!membership) throw new NotFoundError('Membership', input.membershipId);
      if (membership.endedOn)
        throw new ConflictError(`This membership already ended on ${membership.endedOn}.`);
      if (input.endedOn < membership.termFrom) {
        throw InvalidInputError.field(
          'endedOn',
          `endedOn must be on or after the start of the term (${membership.termFrom})`,
        );
      }
      Object.assign(membership, { endedOn: input.endedOn, endReason: input.reason });
      await manager.save(membership);
      await this.audit.record(manager, {
        actorId: actor.userId,
        action: 'membership.ended',
        subjectType: 'membership',
        subjectId: membership.id,
        data: {
          before: { endedOn: null },
          after: { endedOn: input.endedOn, reason: membership.endReason },
        },
      });
      return membership;
    });
    this.events.publish({
      type: ACCESS_CHANGED,
      rooms: [],
      payload: {
        userIds: [ended.userId, ...(ended.alternateUserId ? [ended.alternateUserId] : [])],
        rooms: [bodyRoom(ended.bodyId)],
      },
      occurredAt: new Date(),
    });
    return ended;
  }

  open(bodyId: string): Promise<MembershipEntity[]> {
    return this.dataSource.getRepository(MembershipEntity).find({
      where: { bodyId, endedOn: IsNull() },
      order: { createdAt: 'ASC' },
    });
  }

  openCount(bodyId: string): Promise<number> {
    return this.dataSource.getRepository(MembershipEntity).countBy({ bodyId, endedOn: IsNull() });
  }

  /** Split seats (the Cabina's 3 + 3) need a designating Parte and a free seat of that Parte. */
  private async checkSeat(
    manager: EntityManager,
    body: BodyEntity,
    input: AppointMemberInput,
  ): Promise<void> {
    if (!VOTING_ROLES.includes(input.role)) return;
    const open = await manager.find(MembershipEntity, { where: { bodyId: body.id, endedOn: IsNull() } });
    const voting = open.filter((m) => VOTING_ROLES.includes(m.role));
    if (body.seatsPerParty !== null) {
      if (!input.partyCode) {
        throw InvalidInputError.field(
          'partyCode',
          'partyCode is required: the seats of this body are designated by the Parti',
        );
      }
      const ofParty = voting.filter((m) => m.partyCode === input.partyCode).length;
      if (ofParty >= body.seatsPerParty) {
        throw new ConflictError(
          `${input.partyCode} already has ${ofParty} active members on this body, the most it designates.`,
          { partyCode: input.partyCode, seatsPerParty: body.seatsPerParty },
        );
      }
    }
    if (body.seats !== null && voting.length >= body.seats) {
      throw new ConflictError(`All ${body.seats} seats of this body are taken.`, { seats: body.seats });
    }
  }

  /** The Cabina appoints the Comitato (Art. 5); the Parti designate the Cabina, no decision needed. */
  private async checkDecision(manager: EntityManager, body: BodyEntity, input: AppointMemberInput) {
    if (body.kind === 'OPERATIONAL_COMMITTEE') {
      if (!input.decisionId) {
        throw InvalidInputError.field(
          'decisionId',
          'decisionId is required: the Cabina di Regia appoints this body',
        );
      }
      await this.decisions.requireApprovedCabinaDecision(manager, input.decisionId, 'decisionId');
    } else if (input.decisionId) {
      throw InvalidInputError.field(
        'decisionId',
        'the Parti designate the members of this body: leave decisionId empty',
      );
    }
  }

  private async requireAccount(userId: string): Promise<void> {
    if (!(await this.accounts.findById(userId))) throw new NotFoundError('Account', userId);
  }
}
