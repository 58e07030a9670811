import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull, LessThanOrEqual, type EntityManager } from 'typeorm';
import {
  ConflictError,
  ForbiddenError,
  InvalidInputError,
  NotFoundError,
  isUuid,
  type Actor,
} from '@piano2030/api-core';
import { AuditService } from '@piano2030/api-audit';
import { VOTING_ROLES, decideVote } from '@piano2030/shared-domain';
import { BodyRolesService, type BodyStanding } from './body-roles.service';
import { DecisionsService } from './decisions.service';
import { AgendaSubjects } from './agenda-subjects.service';
import { AgendaItemEntity } from './entities/agenda-item.entity';
import { AttendanceEntity } from './entities/attendance.entity';
import { BallotEntity } from './entities/ballot.entity';
import { BodyEntity } from './entities/body.entity';
import type { DecisionEntity } from './entities/decision.entity';
import { MembershipEntity } from './entities/membership.entity';
import { VoteEntity } from './entities/vote.entity';
import { GovernanceEvents } from './governance-events';
import { MeetingsService } from './meetings.service';
import { toVoters } from './voters';
import type { CastVoteInput, OpenVoteInput } from './dto/vote.inputs';

/** Votes on agenda items: opened and closed by the chair, one ballot per seat, decided by decideVote. */
@Injectable()
export class VotesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly bodyRoles: BodyRolesService,
    private readonly meetings: MeetingsService,
    private readonly decisions: DecisionsService,
    private readonly agendaSubjects: AgendaSubjects,
    private readonly audit: AuditService,
    private readonly events: GovernanceEvents,
  ) {}

  async open(actor: Actor, input: OpenVoteInput): Promise<VoteEntity> {
    if (input.deadline && input.deadline.getTime() <= Date.now()) {
      throw InvalidInputError.field('deadline', 'deadline must be in the future');
    }
    const vote = await this.dataSource.transaction(async (manager) => {
      const item = await manager.findOneBy(AgendaItemEntity, { id: input.agendaItemId });
      if (!item) throw new NotFoundError('Agenda item', input.agendaItemId);
      const { meeting, body } = await this.meetings.lockMeeting(manager, item.meetingId);
      const standing = await this.bodyRoles.standing(manager, actor.userId, body.id);
      this.bodyRoles.authorize(standing.roles, 'OPEN_VOTE', { bodyKind: body.kind, meeting: meeting.status });
      if (await manager.existsBy(VoteEntity, { agendaItemId: item.id, status: 'OPEN' })) {
        throw new ConflictError('This agenda item already has an open vote.');
      }
      await this.agendaSubjects.beforeVote(manager, item);
      const vote = await manager.save(
        manager.create(VoteEntity, {
          bodyId: body.id,
          meetingId: meeting.id,
          agendaItemId: item.id,
          title: input.title ?? item.title,
          status: 'OPEN',
          deadline: input.deadline ?? null,
          openedBy: actor.userId,
          openedAt: new Date(),
        }),
      );
      await this.audit.record(manager, {
        actorId: actor.userId,
        action: 'vote.opened',
        subjectType: 'vote',
        subjectId: vote.id,
        data: {
          after: { title: vote.title, agendaItemId: item.id, deadline: vote.deadline?.toISOString() ?? null },
        },
      });
      return vote;
    });
    await this.announce(vote);
    return vote;
  }

  /** One ballot per seat: a second cast changes it. Refused once the vote closed or its deadline passed. */
  async cast(actor: Actor, input: CastVoteInput): Promise<BallotEntity> {
    const { vote, ballot } = await this.dataSource.transaction(async (manager) => {
      // A shared lock: casts run side by side, but never alongside the close.
      const vote = isUuid(input.voteId)
        ? await manager.findOne(VoteEntity, {
            where: { id: input.voteId },
            lock: { mode: 'pessimistic_read' },
          })
        : null;
      if (!vote) throw new NotFoundError('Vote', input.voteId);
      const body = await manager.findOneByOrFail(BodyEntity, { id: vote.bodyId });
      const standing = await this.bodyRoles.standing(manager, actor.userId, body.id, vote.meetingId);
      const expired = vote.deadline !== null && vote.deadline.getTime() <= Date.now();
      this.bodyRoles.authorize(standing.roles, 'CAST_VOTE', {
        bodyKind: body.kind,
        vote: expired ? 'CLOSED' : vote.status,
      });
      const seat = await this.seatFor(manager, standing, vote, input.membershipId ?? null);
      const previous = await manager.findOneBy(BallotEntity, { voteId: vote.id, membershipId: seat.id });
      await manager.upsert(
        BallotEntity,
        { voteId: vote.id, membershipId: seat.id, choice: input.choice, castBy: actor.userId },
        ['voteId', 'membershipId'],
      );
      await this.audit.record(manager, {
        actorId: actor.userId,
        action: 'vote.cast',
        subjectType: 'vote',
        subjectId: vote.id,
        data: { membershipId: seat.id, before: previous?.choice ?? null, after: input.choice },
      });
      const ballot = await manager.findOneByOrFail(BallotEntity, { voteId: vote.id, membershipId: seat.id });
      return { vote, ballot };
    });
    await this.announce(vote);
    return ballot;
  }

  async close(actor: Actor | null, voteId: string): Promise<DecisionEntity> {
    const { vote, decision, settled } = await this.dataSource.transaction(async (manager) => {
      const vote = isUuid(voteId)
        ? await manager.findOne(VoteEntity, { where: { id: voteId }, lock: { mode: 'pessimistic_write' } })
        : null;
      if (!vote) throw new NotFoundError('Vote', voteId);
      const body = await manager.findOneByOrFail(BodyEntity, { id: vote.bodyId });
      if (actor) {
        const standing = await this.bodyRoles.standing(manager, actor.userId, body.id);
        this.bodyRoles.authorize(standing.roles, 'CLOSE_VOTE', { bodyKind: body.kind, vote: vote.status });
      } else if (vote.status !== 'OPEN') {
        throw new ConflictError('The vote is already closed.');
      }
      // A transaction holds one connection: its queries run one after the other.
      const members = await manager.find(MembershipEntity, { where: { bodyId: body.id, endedOn: IsNull() } });
      const attendance = await manager.findBy(AttendanceEntity, { meetingId: vote.meetingId });
      const ballots = await manager.findBy(BallotEntity, { voteId: vote.id });
      const outcome = decideVote(toVoters(members, attendance, ballots), body.votingRules);
      const closedAt = new Date();
      Object.assign(vote, { status: 'CLOSED', closedAt });
      await manager.save(vote);
      const decision = await this.decisions.record(manager, vote, outcome, closedAt);
      const item = await manager.findOneByOrFail(AgendaItemEntity, { id: vote.agendaItemId });
      const settled = await this.agendaSubjects.settle(manager, item, decision, actor?.userId ?? null);
      await this.audit.record(manager, {
        actorId: actor?.userId ?? null,
        action: actor ? 'vote.closed' : 'vote.closed-at-deadline',
        subjectType: 'vote',
        subjectId: vote.id,
        data: {
          before: { status: 'OPEN' },
          after: {
            status: 'CLOSED',
            result: outcome.result,
            decision: `${decision.number}/${decision.year}`,
          },
        },
      });
      return { vote, decision, settled };
    });
    await this.announce(vote);
    settled();
    return decision;
  }

  /** Closes the votes whose deadline passed; returns how many. */
  async closeExpired(): Promise<number> {
    const due = await this.dataSource
      .getRepository(VoteEntity)
      .find({ where: { status: 'OPEN', deadline: LessThanOrEqual(new Date()) }, select: { id: true } });
    let closed = 0;
    for (const { id } of due) {
      try {
        await this.close(null, id);
        closed += 1;
      } catch (error) {
        // Another instance closed it first.
        if (!(error instanceof ConflictError)) throw error;
      }
    }
    return closed;
  }

  async get(id: string): Promise<VoteEntity> {
    const vote = isUuid(id) ? await this.dataSource.getRepository(VoteEntity).findOneBy({ id }) : null;
    if (!vote) throw new NotFoundError('Vote', id);
    return vote;
  }

  /**
   * The seat a ballot is for: the caller's own voting seat, or one they represent as alternate.
   * During a meeting a seat votes only if recorded present (or delegated, through the alternate).
   */
  private async seatFor(
    manager: EntityManager,
    standing: BodyStanding,
    vote: VoteEntity,
    requested: string | null,
  ): Promise<MembershipEntity> {
    const own = standing.own && VOTING_ROLES.includes(standing.own.role) ? standing.own : null;
    const seats = [...(own ? [own] : []), ...standing.represented];
    const seat = requested ? seats.find((s) => s.id === requested) : (own ?? standing.represented[0]);
    if (!seat) throw new ForbiddenError('You do not hold or represent that seat.');
    if (!requested && !own && standing.represented.length > 1) {
      throw InvalidInputError.field(
        'membershipId',
        'you represent several seats: say which one you vote for',
      );
    }
    if (vote.deadline === null && seat === own) {
      const attendance = await manager.findOneBy(AttendanceEntity, {
        meetingId: vote.meetingId,
        membershipId: own.id,
      });
      if (attendance?.status === 'DELEGATED') {
        throw new ForbiddenError('You delegated this meeting to your alternate, who votes for your seat.');
      }
      if (attendance?.status !== 'PRESENT') {
        throw new ForbiddenError('During the meeting only members recorded as present vote.');
      }
    }
    return seat;
  }

  private async announce(vote: VoteEntity): Promise<void> {
    const [voted, members] = await Promise.all([
      this.dataSource.getRepository(BallotEntity).countBy({ voteId: vote.id }),
      this.dataSource.getRepository(MembershipEntity).findBy({ bodyId: vote.bodyId, endedOn: IsNull() }),
    ]);
    this.events.voteUpdated({
      bodyId: vote.bodyId,
      meetingId: vote.meetingId,
      voteId: vote.id,
      status: vote.status,
      voted,
      eligible: members.filter((m) => VOTING_ROLES.includes(m.role)).length,
    });
  }
}
