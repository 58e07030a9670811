import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, type EntityManager } from 'typeorm';
import {
  ConflictError,
  InvalidInputError,
  NotFoundError,
  isUuid,
  type Actor,
  type FieldErrors,
} from '@piano2030/api-core';
import { AuditService } from '@piano2030/api-audit';
import { UserEntity } from '@piano2030/api-iam';
import { OrganisationEntity } from '@piano2030/api-participants';
import {
  consultationTransitionRefusal,
  isDocumentEditable,
  schedulingProblems,
  type ConsultationStatus,
  type JsonObject,
} from '@piano2030/shared-domain';
import { CONTRIBUTION_EVENTS } from '@piano2030/shared-realtime-contracts';
import { ConsultationAccess } from './consultation-access';
import { ConsultationEventLog, type LoggedEvent } from './consultation-event-log';
import { ConsultationScope, distinct } from './consultation-scope';
import type { CreateConsultationInput, UpdateConsultationInput } from './dto/consultation.inputs';
import { ConsultationInvitationEntity } from './entities/consultation-invitation.entity';
import { ConsultationEntity } from './entities/consultation.entity';
import {
  BLANK_CONSULTATION,
  SCOPE_FIELDS,
  applyConsultationInput,
  changedFields,
  documentOf,
  fieldErrorsOf,
  hasErrors,
  jsonOf,
  valuesOf,
  type EditableColumns,
} from './models/consultation.mappers';

/**
 * The lifecycle of a consultation: drafted, changed against its version, scheduled once the
 * document meets the guidelines, opened and closed (by the committee, or by the clock at its
 * dates). Every change checks the caller's standing first, then locks the row, then checks the
 * state, then the version; its audit row and room event commit with it, the event goes out after.
 */
@Injectable()
export class ConsultationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: ConsultationAccess,
    private readonly scope: ConsultationScope,
    private readonly eventLog: ConsultationEventLog,
    private readonly audit: AuditService,
  ) {}

  async create(actor: Actor, input: CreateConsultationInput): Promise<ConsultationEntity> {
    return this.dataSource.transaction(async (manager) => {
      await this.access.require(manager, actor, 'MANAGE_CONSULTATION');
      const columns = applyConsultationInput(BLANK_CONSULTATION, input);
      const errors = await this.contentErrors(manager, columns, true);
      if (hasErrors(errors)) throw new InvalidInputError(errors);
      const consultation = await manager.save(
        manager.create(ConsultationEntity, {
          ...columns,
          status: 'DRAFT',
          version: 1,
          createdBy: actor.userId,
        }),
      );
      await this.record(manager, actor.userId, 'consultation.created', consultation.id, {
        after: { ...valuesOf(columns, changedFields(BLANK_CONSULTATION, columns)), version: 1 },
      });
      return consultation;
    });
  }

  async update(actor: Actor, input: UpdateConsultationInput): Promise<ConsultationEntity> {
    return this.dataSource.transaction(async (manager) => {
      await this.access.require(manager, actor, 'MANAGE_CONSULTATION');
      const consultation = await this.lock(manager, input.id);
      if (!isDocumentEditable(consultation.status)) {
        throw new ConflictError(
          `Cannot change the consultation: it is ${consultation.status}, and once open its document is the public record.`,
        );
      }
      requireVersion(consultation, input.expectedVersion);
      const next = applyConsultationInput(consultation, input);
      const changes = changedFields(consultation, next);
      if (!changes.length)
        throw InvalidInputError.field('id', 'the change leaves the consultation as it was');
      const errors = await this.contentErrors(
        manager,
        next,
        changes.some((field) => SCOPE_FIELDS.includes(field)),
      );
      // A scheduled consultation is announced: it must stay ready to open.
      if (consultation.status === 'SCHEDULED')
        fieldErrorsOf(schedulingProblems(documentOf({ ...consultation, ...next }), new Date()), errors);
      if (hasErrors(errors)) throw new InvalidInputError(errors);
      const before = valuesOf(consultation, changes);
      Object.assign(consultation, next, { version: consultation.version + 1 });
      const saved = await manager.save(consultation);
      await this.record(manager, actor.userId, 'consultation.updated', saved.id, {
        before: { ...before, version: input.expectedVersion },
        after: { ...valuesOf(next, changes), version: saved.version },
      });
      return saved;
    });
  }

  /** DRAFT -> SCHEDULED, refused with every problem at once (document and scope) and nothing written. */
  async schedule(actor: Actor, id: string, expectedVersion: number): Promise<ConsultationEntity> {
    return this.dataSource.transaction(async (manager) => {
      await this.access.require(manager, actor, 'MANAGE_CONSULTATION');
      const consultation = await this.lock(manager, id);
      requireTransition(consultation.status, 'SCHEDULED');
      requireVersion(consultation, expectedVersion);
      const errors = fieldErrorsOf(schedulingProblems(documentOf(consultation), new Date()));
      for (const [field, messages] of Object.entries(await this.scope.problems(manager, consultation)))
        (errors[field] ??= []).push(...messages);
      if (hasErrors(errors)) throw new InvalidInputError(errors);
      consultation.status = 'SCHEDULED';
      consultation.version += 1;
      const saved = await manager.save(consultation);
      await this.record(manager, actor.userId, 'consultation.scheduled', saved.id, {
        before: { status: 'DRAFT', version: expectedVersion },
        after: {
          status: 'SCHEDULED',
          version: saved.version,
          ...valuesOf(saved, ['opensAt', 'closesAt', 'resultsReportDue']),
        },
      });
      return saved;
    });
  }

  /** SCHEDULED -> OPEN now; before its opening date, the opening date becomes now. */
  open(actor: Actor, id: string): Promise<ConsultationEntity> {
    return this.move(actor, id, 'OPEN');
  }

  /** OPEN -> CLOSED now; before its closing date, the closing date becomes now. */
  close(actor: Actor, id: string): Promise<ConsultationEntity> {
    return this.move(actor, id, 'CLOSED');
  }

  /**
   * The clock's move: opens a scheduled consultation whose opening date has passed, or closes an
   * open one whose closing date has. Skips a row another transaction holds (it is tried again on
   * the next tick) and one that no longer needs the move. Returns whether it moved.
   */
  async advanceByClock(id: string, to: 'OPEN' | 'CLOSED', now: Date): Promise<boolean> {
    const events: LoggedEvent[] = [];
    await this.dataSource.transaction(async (manager) => {
      const consultation = await manager.findOne(ConsultationEntity, {
        where: { id },
        lock: { mode: 'pessimistic_write', onLocked: 'skip_locked' },
      });
      const due =
        to === 'OPEN'
          ? consultation?.status === 'SCHEDULED' && !!consultation.opensAt && consultation.opensAt <= now
          : consultation?.status === 'OPEN' && !!consultation.closesAt && consultation.closesAt <= now;
      if (consultation && due) events.push(await this.transition(manager, consultation, to, null, now));
    });
    this.eventLog.publish(events);
    return events.length > 0;
  }

  /** Replaces who is invited to an invitation-only consultation; ids that name nobody are refused. */
  async setInvitations(
    actor: Actor,
    id: string,
    userIds: readonly string[],
    organisationIds: readonly string[],
  ): Promise<{ consultationId: string; userIds: string[]; organisationIds: string[] }> {
    return this.dataSource.transaction(async (manager) => {
      await this.access.require(manager, actor, 'MANAGE_CONSULTATION');
      const consultation = await this.lock(manager, id);
      if (consultation.status === 'CLOSED' || consultation.status === 'REPORT_PUBLISHED')
        throw new ConflictError(`Cannot change the invitations: the consultation is ${consultation.status}.`);
      if (consultation.participation !== 'INVITED') {
        throw new ConflictError(
          `Cannot set invitations: the consultation is open to ${consultation.participation === 'REGISTERED' ? 'every registered person' : 'organisations'}; set its participation to INVITED first.`,
        );
      }
      const errors: FieldErrors = {};
      const users = userIds.length
        ? await manager.find(UserEntity, { where: { id: In([...userIds]) }, select: { id: true } })
        : [];
      userIds.forEach((userId, i) => {
        if (!users.some((u) => u.id === userId))
          errors[`userIds.${i}`] = [`${userId} is not a registered person`];
      });
      const organisations = organisationIds.length
        ? await manager.find(OrganisationEntity, {
            where: { id: In([...organisationIds]) },
            select: { id: true },
          })
        : [];
      organisationIds.forEach((organisationId, i) => {
        if (!organisations.some((o) => o.id === organisationId))
          errors[`organisationIds.${i}`] = [`${organisationId} is not an organisation`];
      });
      if (hasErrors(errors)) throw new InvalidInputError(errors);
      const previous = await manager.find(ConsultationInvitationEntity, {
        where: { consultationId: id },
        order: { createdAt: 'ASC' },
      });
      const after = { userIds: distinct(userIds), organisationIds: distinct(organisationIds) };
      await manager.delete(ConsultationInvitationEntity, { consultationId: id });
      const rows = [
        ...after.userIds.map((userId) => ({ consultationId: id, userId, organisationId: null })),
        ...after.organisationIds.map((organisationId) => ({
          consultationId: id,
          userId: null,
          organisationId,
        })),
      ];
      if (rows.length) await manager.insert(ConsultationInvitationEntity, rows);
      await this.record(manager, actor.userId, 'consultation.invitations-set', id, {
        before: {
          userIds: previous.flatMap((row) => (row.userId ? [row.userId] : [])),
          organisationIds: previous.flatMap((row) => (row.organisationId ? [row.organisationId] : [])),
        },
        after,
      });
      return { consultationId: id, ...after };
    });
  }

  private async move(actor: Actor, id: string, to: 'OPEN' | 'CLOSED'): Promise<ConsultationEntity> {
    const { consultation, event } = await this.dataSource.transaction(async (manager) => {
      await this.access.require(manager, actor, 'MANAGE_CONSULTATION');
      const locked = await this.lock(manager, id);
      requireTransition(locked.status, to);
      return {
        consultation: locked,
        event: await this.transition(manager, locked, to, actor.userId, new Date()),
      };
    });
    this.eventLog.publish([event]);
    return consultation;
  }

  /** Writes an opening or a closing with its audit row and the room's status event. */
  private async transition(
    manager: EntityManager,
    consultation: ConsultationEntity,
    to: 'OPEN' | 'CLOSED',
    actorId: string | null,
    now: Date,
  ): Promise<LoggedEvent> {
    const from = consultation.status;
    const dateField = to === 'OPEN' ? 'opensAt' : 'closesAt';
    const before = { status: from, [dateField]: jsonOf(consultation[dateField]) };
    const early = !consultation[dateField] || consultation[dateField] > now;
    if (to === 'OPEN') {
      if (early) consultation.opensAt = now;
      consultation.openedAt = now;
    } else {
      // Never at or before the opening (the table's check), even when both happen in one millisecond.
      const opensAt = consultation.opensAt?.getTime() ?? 0;
      if (early) consultation.closesAt = new Date(Math.max(now.getTime(), opensAt + 1));
      consultation.closedAt = now;
    }
    consultation.status = to;
    consultation.version += 1;
    const saved = await manager.save(consultation);
    await this.record(
      manager,
      actorId,
      to === 'OPEN' ? 'consultation.opened' : 'consultation.closed',
      saved.id,
      {
        before,
        after: {
          status: to,
          [dateField]: jsonOf(saved[dateField]),
          early,
          version: saved.version,
          by: actorId ? 'committee' : 'clock',
        },
      },
    );
    // After the save: the log's counter is updated in SQL, and a later save would write the old value back.
    return this.eventLog.record(manager, saved.id, CONTRIBUTION_EVENTS.CONSULTATION_STATUS, { status: to });
  }

  /** The window in order, and the scope when it is new or changed. */
  private async contentErrors(
    manager: EntityManager,
    columns: EditableColumns,
    checkScope: boolean,
  ): Promise<FieldErrors> {
    const errors = checkScope ? await this.scope.problems(manager, columns) : {};
    if (columns.opensAt && columns.closesAt && columns.closesAt <= columns.opensAt)
      fieldErrorsOf([{ field: 'closesAt', message: 'closesAt must be after opensAt' }], errors);
    return errors;
  }

  private async lock(manager: EntityManager, id: string): Promise<ConsultationEntity> {
    const consultation = isUuid(id)
      ? await manager.findOne(ConsultationEntity, { where: { id }, lock: { mode: 'pessimistic_write' } })
      : null;
    if (!consultation) throw new NotFoundError('Consultation', id);
    return consultation;
  }

  private record(
    manager: EntityManager,
    actorId: string | null,
    action: string,
    subjectId: string,
    data: JsonObject,
  ): Promise<void> {
    return this.audit.record(manager, { actorId, action, subjectType: 'consultation', subjectId, data });
  }
}

function requireTransition(from: ConsultationStatus, to: ConsultationStatus): void {
  const refusal = consultationTransitionRefusal(from, to);
  if (refusal) throw new ConflictError(`Cannot make the consultation ${to}: ${refusal}.`, { status: from });
}

/** Checked after the role and the state, so a stale form learns the current version. */
function requireVersion(consultation: ConsultationEntity, expected: number): void {
  if (consultation.version === expected) return;
  throw new ConflictError(
    `The consultation was changed by someone else (it is at version ${consultation.version}, your change was made against ${expected}). Reload it and apply your change again.`,
    { current: { id: consultation.id, version: consultation.version, status: consultation.status } },
  );
}
