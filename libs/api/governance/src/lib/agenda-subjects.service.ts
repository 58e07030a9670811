import { Injectable } from '@nestjs/common';
import { MoreThan, type EntityManager } from 'typeorm';
import { ConflictError, InvalidInputError } from '@piano2030/api-core';
import type { AgendaSubject } from '@piano2030/shared-domain';
import { CABINA_CODE } from './decisions.service';
import { AgendaItemEntity } from './entities/agenda-item.entity';
import { BodyEntity } from './entities/body.entity';
import type { DecisionEntity } from './entities/decision.entity';
import { MeetingEntity } from './entities/meeting.entity';
import { VoteEntity } from './entities/vote.entity';
import { GovernanceEvents } from './governance-events';
import { MeetingsService } from './meetings.service';

/** A convened meeting still counts as upcoming this long after its start, in case it opens late. */
const LATE_START_MS = 12 * 60 * 60 * 1000;

/**
 * What another domain does when its record is the subject of an agenda item: governance calls it
 * inside the vote's own transaction, so a decision and its effect commit together or not at all.
 */
export interface AgendaSubjectHandler {
  /** Throws when the item's subject can no longer be put to a vote. */
  beforeVote(manager: EntityManager, item: AgendaItemEntity): Promise<void>;
  /**
   * Applies the decision the closed vote recorded; returns what to announce once the vote's
   * transaction has committed.
   */
  settle(
    manager: EntityManager,
    item: AgendaItemEntity,
    decision: DecisionEntity,
    actorId: string | null,
  ): Promise<AfterCommit>;
}

export type AfterCommit = () => void;

export interface AgendaPlacement {
  meetingId?: string | null;
  title: string;
  description?: string | null;
  subjectKind: AgendaSubject;
  subjectReference: string;
}

/** Lets other domains put their records before the Cabina di Regia and learn what it decided. */
@Injectable()
export class AgendaSubjects {
  private readonly handlers = new Map<AgendaSubject, AgendaSubjectHandler>();

  constructor(
    private readonly meetings: MeetingsService,
    private readonly events: GovernanceEvents,
  ) {}

  register(kind: AgendaSubject, handler: AgendaSubjectHandler): void {
    if (this.handlers.has(kind)) throw new Error(`Agenda subject ${kind} has two handlers`);
    this.handlers.set(kind, handler);
  }

  /**
   * Appends an item to a Cabina meeting that has not closed: the one named, or else the next one
   * convened. Call `announce` with the result once the transaction has committed.
   */
  async placeBeforeCabina(manager: EntityManager, placement: AgendaPlacement): Promise<AgendaItemEntity> {
    const cabina = await manager.findOneByOrFail(BodyEntity, { code: CABINA_CODE });
    const meetingId = placement.meetingId ?? (await this.nextCabinaMeeting(manager, cabina.id));
    const { meeting } = await this.meetings.lockMeeting(manager, meetingId);
    if (meeting.bodyId !== cabina.id) {
      throw InvalidInputError.field('meetingId', 'meetingId must be a meeting of the Cabina di Regia');
    }
    if (meeting.status === 'CLOSED') {
      throw InvalidInputError.field('meetingId', 'meetingId must be a meeting that has not closed');
    }
    const [{ last }] = await manager.query<{ last: number | null }[]>(
      'SELECT max(position) AS last FROM agenda_items WHERE meeting_id = $1',
      [meeting.id],
    );
    return manager.save(
      manager.create(AgendaItemEntity, {
        meetingId: meeting.id,
        position: (last ?? 0) + 1,
        title: placement.title,
        description: placement.description ?? null,
        subjectKind: placement.subjectKind,
        subjectReference: placement.subjectReference,
        areaCode: null,
        phaseCode: null,
      }),
    );
  }

  /** Tells the Cabina's room its meeting's agenda changed (after commit). */
  async announce(item: AgendaItemEntity): Promise<void> {
    const meeting = await this.meetings.get(item.meetingId);
    this.events.meetingUpdated({ bodyId: meeting.bodyId, meetingId: meeting.id });
  }

  async hasOpenVote(manager: EntityManager, agendaItemId: string): Promise<boolean> {
    return manager.existsBy(VoteEntity, { agendaItemId, status: 'OPEN' });
  }

  async beforeVote(manager: EntityManager, item: AgendaItemEntity): Promise<void> {
    await this.handlers.get(item.subjectKind)?.beforeVote(manager, item);
  }

  async settle(
    manager: EntityManager,
    item: AgendaItemEntity,
    decision: DecisionEntity,
    actorId: string | null,
  ): Promise<AfterCommit> {
    const handler = this.handlers.get(item.subjectKind);
    return handler ? handler.settle(manager, item, decision, actorId) : () => undefined;
  }

  private async nextCabinaMeeting(manager: EntityManager, cabinaId: string): Promise<string> {
    const next = await manager.findOne(MeetingEntity, {
      where: [
        { bodyId: cabinaId, status: 'IN_PROGRESS' },
        { bodyId: cabinaId, status: 'SCHEDULED', startsAt: MoreThan(new Date(Date.now() - LATE_START_MS)) },
      ],
      order: { startsAt: 'ASC' },
    });
    if (!next) {
      throw new ConflictError(
        'No meeting of the Cabina di Regia is convened: its chair must convene one to put this on the agenda.',
      );
    }
    return next.id;
  }
}
