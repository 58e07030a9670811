import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull, type EntityManager } from 'typeorm';
import { ConflictError, InvalidInputError, NotFoundError, isUuid, type Actor } from '@piano2030/api-core';
import { AuditService } from '@piano2030/api-audit';
import { checkQuorum } from '@piano2030/shared-domain';
import { BodyRolesService } from './body-roles.service';
import { AgendaItemEntity } from './entities/agenda-item.entity';
import { AttendanceEntity } from './entities/attendance.entity';
import { BodyEntity } from './entities/body.entity';
import { MeetingEntity } from './entities/meeting.entity';
import { MembershipEntity } from './entities/membership.entity';
import { VoteEntity } from './entities/vote.entity';
import { GovernanceEvents } from './governance-events';
import { requireReferenceCodes } from '@piano2030/api-reference';
import { toVoters } from './voters';
import type { RecordAttendanceInput } from './dto/record-attendance.input';
import type { ApproveMinutesInput, DraftMinutesInput } from './dto/minutes.input';
import type { ScheduleMeetingInput } from './dto/schedule-meeting.input';

/** The chair may open a meeting from this long before its scheduled start. */
const EARLY_START_MS = 60 * 60 * 1000;

/** Meetings of the bodies: convening, opening and closing, attendance, minutes. All audited. */
@Injectable()
export class MeetingsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly bodyRoles: BodyRolesService,
    private readonly audit: AuditService,
    private readonly events: GovernanceEvents,
  ) {}

  async schedule(actor: Actor, input: ScheduleMeetingInput): Promise<MeetingEntity> {
    if (input.startsAt.getTime() <= Date.now()) {
      throw InvalidInputError.field('startsAt', 'startsAt must be in the future');
    }
    const { meeting, notify } = await this.dataSource.transaction(async (manager) => {
      const body = await manager.findOneBy(BodyEntity, { id: input.bodyId });
      if (!body) throw new NotFoundError('Body', input.bodyId);
      const standing = await this.bodyRoles.standing(manager, actor.userId, body.id);
      this.bodyRoles.authorize(standing.roles, 'SCHEDULE_MEETING', { bodyKind: body.kind });
      await this.checkAgendaCodes(manager, input);
      const meeting = await manager.save(
        manager.create(MeetingEntity, {
          bodyId: body.id,
          title: input.title,
          startsAt: input.startsAt,
          place: input.place ?? null,
          link: input.link ?? null,
          status: 'SCHEDULED',
          convenedBy: actor.userId,
          minutesStatus: 'NONE',
        }),
      );
      await manager.save(
        input.agenda.map((item, index) =>
          manager.create(AgendaItemEntity, {
            meetingId: meeting.id,
            position: index + 1,
            title: item.title,
            description: item.description ?? null,
            subjectKind: item.subjectKind,
            subjectReference: item.subjectReference ?? null,
            areaCode: item.areaCode ?? null,
            phaseCode: item.phaseCode ?? null,
          }),
        ),
      );
      await this.audit.record(manager, {
        actorId: actor.userId,
        action: 'meeting.scheduled',
        subjectType: 'meeting',
        subjectId: meeting.id,
        data: {
          body: body.code,
          after: {
            title: meeting.title,
            startsAt: meeting.startsAt.toISOString(),
            agendaItems: input.agenda.length,
          },
        },
      });
      const members = await manager.find(MembershipEntity, { where: { bodyId: body.id, endedOn: IsNull() } });
      const notify = new Set(
        members.flatMap((m) => [m.userId, ...(m.alternateUserId ? [m.alternateUserId] : [])]),
      );
      return { meeting, notify: [...notify] };
    });
    this.events.meetingConvened({ bodyId: meeting.bodyId, meetingId: meeting.id }, notify);
    return meeting;
  }

  start(actor: Actor, meetingId: string): Promise<MeetingEntity> {
    return this.transition(actor, meetingId, 'START_MEETING', (meeting) => {
      const opensAt = meeting.startsAt.getTime() - EARLY_START_MS;
      if (Date.now() < opensAt) {
        throw new ConflictError(
          `The meeting can be opened from ${new Date(opensAt).toISOString()}, an hour before it starts.`,
        );
      }
      return { status: 'IN_PROGRESS', startedAt: new Date() };
    });
  }

  close(actor: Actor, meetingId: string): Promise<MeetingEntity> {
    return this.transition(actor, meetingId, 'CLOSE_MEETING', async (meeting, manager) => {
      const open = await manager.countBy(VoteEntity, {
        meetingId: meeting.id,
        status: 'OPEN',
        deadline: IsNull(),
      });
      if (open) throw new ConflictError(`Close the ${open} open vote(s) of this meeting first.`);
      return { status: 'CLOSED', closedAt: new Date() };
    });
  }

  async recordAttendance(actor: Actor, input: RecordAttendanceInput): Promise<MeetingEntity> {
    const meeting = await this.dataSource.transaction(async (manager) => {
      const { meeting, body } = await this.lockMeeting(manager, input.meetingId);
      const standing = await this.bodyRoles.standing(manager, actor.userId, body.id, meeting.id);
      this.bodyRoles.authorize(standing.roles, 'RECORD_ATTENDANCE', {
        bodyKind: body.kind,
        meeting: meeting.status,
      });
      const members = await manager.find(MembershipEntity, { where: { bodyId: body.id, endedOn: IsNull() } });
      const errors: Record<string, string[]> = {};
      const seen = new Set<string>();
      input.entries.forEach((entry, index) => {
        const member = members.find((m) => m.id === entry.membershipId);
        const field = `entries.${index}.membershipId`;
        if (!member) errors[field] = ['must be a current membership of this body'];
        else if (seen.has(member.id)) errors[field] = ['is listed twice'];
        else if (entry.status === 'DELEGATED' && !member.alternateUserId) {
          errors[`entries.${index}.status`] = ['DELEGATED needs an alternate, and this member has none'];
        }
        seen.add(entry.membershipId);
      });
      if (Object.keys(errors).length) throw new InvalidInputError(errors);
      const before = await manager.findBy(AttendanceEntity, { meetingId: meeting.id });
      await manager.upsert(
        AttendanceEntity,
        input.entries.map((e) => ({
          meetingId: meeting.id,
          membershipId: e.membershipId,
          status: e.status,
          recordedBy: actor.userId,
        })),
        ['meetingId', 'membershipId'],
      );
      await this.audit.record(manager, {
        actorId: actor.userId,
        action: 'meeting.attendance-recorded',
        subjectType: 'meeting',
        subjectId: meeting.id,
        data: {
          before: Object.fromEntries(
            before.filter((a) => seen.has(a.membershipId)).map((a) => [a.membershipId, a.status]),
          ),
          after: Object.fromEntries(input.entries.map((e) => [e.membershipId, e.status])),
        },
      });
      return meeting;
    });
    this.events.meetingUpdated({ bodyId: meeting.bodyId, meetingId: meeting.id });
    return meeting;
  }

  async draftMinutes(actor: Actor, input: DraftMinutesInput): Promise<MeetingEntity> {
    const meeting = await this.dataSource.transaction(async (manager) => {
      const { meeting, body } = await this.lockMeeting(manager, input.meetingId);
      const standing = await this.bodyRoles.standing(manager, actor.userId, body.id);
      this.bodyRoles.authorize(standing.roles, 'DRAFT_MINUTES', {
        bodyKind: body.kind,
        meeting: meeting.status,
        minutes: meeting.minutesStatus,
      });
      const before = { minutesStatus: meeting.minutesStatus, length: meeting.minutes?.length ?? 0 };
      Object.assign(meeting, { minutes: input.text, minutesStatus: 'DRAFT' });
      await manager.save(meeting);
      await this.audit.record(manager, {
        actorId: actor.userId,
        action: 'meeting.minutes-drafted',
        subjectType: 'meeting',
        subjectId: meeting.id,
        data: { before, after: { minutesStatus: 'DRAFT', length: input.text.length } },
      });
      return meeting;
    });
    this.events.meetingUpdated({ bodyId: meeting.bodyId, meetingId: meeting.id });
    return meeting;
  }

  /** Minutes are approved at a later meeting of the same body, in progress and with its quorum. */
  async approveMinutes(actor: Actor, input: ApproveMinutesInput): Promise<MeetingEntity> {
    if (input.meetingId === input.atMeetingId) {
      throw InvalidInputError.field(
        'atMeetingId',
        'minutes are approved at a later meeting, not the same one',
      );
    }
    const meeting = await this.dataSource.transaction(async (manager) => {
      const { meeting, body } = await this.lockMeeting(manager, input.meetingId);
      const at = await manager.findOneBy(MeetingEntity, { id: input.atMeetingId });
      if (!at) throw new NotFoundError('Meeting', input.atMeetingId);
      if (at.bodyId !== body.id || at.startsAt <= meeting.startsAt) {
        throw InvalidInputError.field('atMeetingId', 'atMeetingId must be a later meeting of the same body');
      }
      const standing = await this.bodyRoles.standing(manager, actor.userId, body.id);
      this.bodyRoles.authorize(standing.roles, 'APPROVE_MINUTES', {
        bodyKind: body.kind,
        meeting: meeting.status,
        minutes: meeting.minutesStatus,
      });
      if (at.status !== 'IN_PROGRESS') throw new ConflictError('The approving meeting must be in progress.');
      const quorum = await this.quorum(manager, body, at.id);
      if (!quorum.met) {
        throw new ConflictError(
          `The approving meeting has no quorum: ${quorum.present} present, ${quorum.required} needed.`,
        );
      }
      Object.assign(meeting, { minutesStatus: 'APPROVED', minutesApprovedAtMeetingId: at.id });
      await manager.save(meeting);
      await this.audit.record(manager, {
        actorId: actor.userId,
        action: 'meeting.minutes-approved',
        subjectType: 'meeting',
        subjectId: meeting.id,
        data: {
          before: { minutesStatus: 'DRAFT' },
          after: { minutesStatus: 'APPROVED', atMeetingId: at.id },
        },
      });
      return meeting;
    });
    this.events.meetingUpdated({ bodyId: meeting.bodyId, meetingId: meeting.id });
    return meeting;
  }

  /** The quorum of a meeting, from its attendance and the body's rules (one connection: in sequence). */
  async quorum(manager: EntityManager, body: BodyEntity, meetingId: string) {
    const members = await manager.find(MembershipEntity, { where: { bodyId: body.id, endedOn: IsNull() } });
    const attendance = await manager.findBy(AttendanceEntity, { meetingId });
    return checkQuorum(toVoters(members, attendance), body.votingRules);
  }

  async get(id: string): Promise<MeetingEntity> {
    const meeting = isUuid(id) ? await this.dataSource.getRepository(MeetingEntity).findOneBy({ id }) : null;
    if (!meeting) throw new NotFoundError('Meeting', id);
    return meeting;
  }

  agenda(meetingId: string): Promise<AgendaItemEntity[]> {
    return this.dataSource
      .getRepository(AgendaItemEntity)
      .find({ where: { meetingId }, order: { position: 'ASC' } });
  }

  private async transition(
    actor: Actor,
    meetingId: string,
    action: 'START_MEETING' | 'CLOSE_MEETING',
    change: (
      meeting: MeetingEntity,
      manager: EntityManager,
    ) => Partial<MeetingEntity> | Promise<Partial<MeetingEntity>>,
  ): Promise<MeetingEntity> {
    const meeting = await this.dataSource.transaction(async (manager) => {
      const { meeting, body } = await this.lockMeeting(manager, meetingId);
      const standing = await this.bodyRoles.standing(manager, actor.userId, body.id);
      this.bodyRoles.authorize(standing.roles, action, { bodyKind: body.kind, meeting: meeting.status });
      const before = { status: meeting.status };
      Object.assign(meeting, await change(meeting, manager));
      await manager.save(meeting);
      await this.audit.record(manager, {
        actorId: actor.userId,
        action: action === 'START_MEETING' ? 'meeting.started' : 'meeting.closed',
        subjectType: 'meeting',
        subjectId: meeting.id,
        data: { before, after: { status: meeting.status } },
      });
      return meeting;
    });
    this.events.meetingUpdated({ bodyId: meeting.bodyId, meetingId: meeting.id });
    return meeting;
  }

  /** The meeting row is the lock that serialises changes to it (attendance, status, minutes). */
  async lockMeeting(
    manager: EntityManager,
    meetingId: string,
  ): Promise<{ meeting: MeetingEntity; body: BodyEntity }> {
    const meeting = isUuid(meetingId)
      ? await manager.findOne(MeetingEntity, {
          where: { id: meetingId },
          lock: { mode: 'pessimistic_write' },
        })
      : null;
    if (!meeting) throw new NotFoundError('Meeting', meetingId);
    const body = await manager.findOneByOrFail(BodyEntity, { id: meeting.bodyId });
    return { meeting, body };
  }

  private async checkAgendaCodes(manager: EntityManager, input: ScheduleMeetingInput): Promise<void> {
    const codes = (key: 'areaCode' | 'phaseCode') =>
      input.agenda.flatMap((item, index) =>
        item[key] ? [{ field: `agenda.${index}.${key}`, code: item[key] }] : [],
      );
    await requireReferenceCodes(manager, 'area', codes('areaCode'));
    await requireReferenceCodes(manager, 'phase', codes('phaseCode'));
  }
}
