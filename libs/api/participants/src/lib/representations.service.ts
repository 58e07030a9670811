import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, QueryFailedError, type EntityManager } from 'typeorm';
import {
  ConflictError,
  ForbiddenError,
  InvalidInputError,
  NotFoundError,
  type Actor,
} from '@piano2030/api-core';
import { AuditService } from '@piano2030/api-audit';
import {
  LIVE_REPRESENTATION_STATUSES,
  ORGANISATION_LIMITS,
  normaliseOrganisationName,
  organisationNameKey,
  representationDecisionRefusal,
  representationStatusAfter,
  type RepresentationDecision,
  type RepresentationStatus,
} from '@piano2030/shared-domain';
import type { NewOrganisationInput, RequestRepresentationInput } from './dto/request-representation.input';
import { OrganisationRepresentativeEntity } from './entities/organisation-representative.entity';
import { OrganisationEntity } from './entities/organisation.entity';

const UNIQUE_VIOLATION = '23505';

const DECISION_ACTIONS: Record<RepresentationDecision, string> = {
  VERIFY: 'representation.verified',
  REJECT: 'representation.rejected',
  REVOKE: 'representation.revoked',
};

/**
 * Requests to represent an organisation and the administrators' decisions on them. Each change and
 * its audit row commit together; state checks run on the locked row, so two administrators deciding
 * at once cannot both succeed.
 */
@Injectable()
export class RepresentationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /**
   * Asks to represent an organisation already registered or a new one (registered with the request).
   * A name already registered, in any case, is a CONFLICT naming that organisation; so is a request
   * while another one for the same organisation is pending or verified.
   */
  async request(actor: Actor, input: RequestRepresentationInput): Promise<OrganisationRepresentativeEntity> {
    const { organisationId, newOrganisation } = input;
    if (Boolean(organisationId) === Boolean(newOrganisation)) {
      throw InvalidInputError.field(
        'organisationId',
        organisationId
          ? 'give either organisationId or newOrganisation, not both'
          : 'choose an organisation (organisationId) or register a new one (newOrganisation)',
      );
    }
    try {
      return await this.dataSource.transaction(async (manager) => {
        await this.requirePendingRoom(manager, actor.userId);
        const organisation = organisationId
          ? await this.existing(manager, organisationId)
          : await this.register(manager, actor, newOrganisation!);
        await this.requireNoLiveRequest(manager, organisation, actor.userId);
        const representation = await manager.save(
          manager.create(OrganisationRepresentativeEntity, {
            organisationId: organisation.id,
            userId: actor.userId,
            title: input.title,
            status: 'PENDING',
          }),
        );
        await this.audit.record(manager, {
          actorId: actor.userId,
          action: 'representation.requested',
          subjectType: 'representation',
          subjectId: representation.id,
          data: {
            organisationId: organisation.id,
            organisationName: organisation.name,
            title: representation.title,
            newOrganisation: !organisationId,
          },
        });
        return representation;
      });
    } catch (error) {
      throw raceAsConflict(error);
    }
  }

  /** The actor's own requests, newest first, with their status and the reason of a refusal. */
  mine(actor: Actor): Promise<OrganisationRepresentativeEntity[]> {
    return this.dataSource
      .getRepository(OrganisationRepresentativeEntity)
      .find({ where: { userId: actor.userId }, order: { requestedAt: 'DESC', id: 'ASC' } });
  }

  /** For administrators: oldest first, so the queue is served in order; every status when none is given. */
  queue(status?: RepresentationStatus): Promise<OrganisationRepresentativeEntity[]> {
    return this.dataSource.getRepository(OrganisationRepresentativeEntity).find({
      where: status ? { status } : {},
      order: { requestedAt: 'ASC', id: 'ASC' },
    });
  }

  verify(actor: Actor, id: string): Promise<OrganisationRepresentativeEntity> {
    return this.decide(actor, id, 'VERIFY', null);
  }

  reject(actor: Actor, id: string, reason: string): Promise<OrganisationRepresentativeEntity> {
    return this.decide(actor, id, 'REJECT', reason);
  }

  revoke(actor: Actor, id: string, reason: string): Promise<OrganisationRepresentativeEntity> {
    return this.decide(actor, id, 'REVOKE', reason);
  }

  private decide(
    actor: Actor,
    id: string,
    decision: RepresentationDecision,
    reason: string | null,
  ): Promise<OrganisationRepresentativeEntity> {
    return this.dataSource.transaction(async (manager) => {
      const representation = await manager.findOne(OrganisationRepresentativeEntity, {
        where: { id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!representation) throw new NotFoundError('Representation', id);
      if (decision === 'VERIFY' && representation.userId === actor.userId) {
        throw new ForbiddenError('Another administrator must verify your own request.');
      }
      const refusal = representationDecisionRefusal(representation.status, decision);
      if (refusal) {
        throw new ConflictError(`Cannot decide: ${refusal}.`, {
          current: { id: representation.id, status: representation.status },
        });
      }
      const before = representation.status;
      Object.assign(representation, {
        status: representationStatusAfter(decision),
        decidedBy: actor.userId,
        decidedAt: new Date(),
        decisionReason: reason,
      });
      const saved = await manager.save(representation);
      await this.audit.record(manager, {
        actorId: actor.userId,
        action: DECISION_ACTIONS[decision],
        subjectType: 'representation',
        subjectId: representation.id,
        data: {
          organisationId: representation.organisationId,
          userId: representation.userId,
          before: { status: before },
          after: { status: saved.status, reason },
        },
      });
      return saved;
    });
  }

  private async existing(manager: EntityManager, id: string): Promise<OrganisationEntity> {
    const organisation = await manager.findOneBy(OrganisationEntity, { id });
    if (!organisation) throw new NotFoundError('Organisation', id);
    return organisation;
  }

  private async register(
    manager: EntityManager,
    actor: Actor,
    input: NewOrganisationInput,
  ): Promise<OrganisationEntity> {
    const name = normaliseOrganisationName(input.name);
    const nameKey = organisationNameKey(name);
    const sameName = await manager.findOneBy(OrganisationEntity, { nameKey });
    if (sameName) {
      throw new ConflictError(
        `An organisation named "${sameName.name}" is already registered: ask to represent it instead.`,
        {
          fieldErrors: { 'newOrganisation.name': [`"${sameName.name}" is already registered`] },
          existingOrganisation: { id: sameName.id, name: sameName.name },
        },
      );
    }
    const taxCode = input.taxCode ?? null;
    const sameCode = taxCode ? await manager.findOneBy(OrganisationEntity, { taxCode }) : null;
    if (sameCode) {
      throw new ConflictError(
        `The organisation "${sameCode.name}" is already registered with this tax code: ask to represent it instead.`,
        {
          fieldErrors: { 'newOrganisation.taxCode': [`"${sameCode.name}" has this tax code`] },
          existingOrganisation: { id: sameCode.id, name: sameCode.name },
        },
      );
    }
    const organisation = await manager.save(
      manager.create(OrganisationEntity, {
        name,
        nameKey,
        category: input.category,
        taxCode,
        website: input.website ?? null,
        createdBy: actor.userId,
      }),
    );
    await this.audit.record(manager, {
      actorId: actor.userId,
      action: 'organisation.created',
      subjectType: 'organisation',
      subjectId: organisation.id,
      data: { after: { name, category: organisation.category, website: organisation.website } },
    });
    return organisation;
  }

  private async requireNoLiveRequest(
    manager: EntityManager,
    organisation: OrganisationEntity,
    userId: string,
  ) {
    const live = await manager.findOneBy(OrganisationRepresentativeEntity, {
      organisationId: organisation.id,
      userId,
      status: In([...LIVE_REPRESENTATION_STATUSES]),
    });
    if (!live) return;
    throw new ConflictError(
      live.status === 'VERIFIED'
        ? `You already represent "${organisation.name}".`
        : `You already asked to represent "${organisation.name}": an administrator will decide on that request.`,
      { current: { id: live.id, status: live.status } },
    );
  }

  private async requirePendingRoom(manager: EntityManager, userId: string) {
    const pending = await manager.countBy(OrganisationRepresentativeEntity, { userId, status: 'PENDING' });
    if (pending >= ORGANISATION_LIMITS.pendingRequestsPerPerson) {
      throw new ConflictError(
        `You have ${pending} requests waiting for a decision: wait for them before asking again.`,
      );
    }
  }
}

/** Two requests racing past the checks meet a unique index: the later one gets the CONFLICT the check gives. */
function raceAsConflict(error: unknown): unknown {
  if (!(error instanceof QueryFailedError)) return error;
  const { code, constraint } = error.driverError as { code?: string; constraint?: string };
  if (code !== UNIQUE_VIOLATION) return error;
  switch (constraint) {
    case 'UQ_organisations_name_key':
      return new ConflictError(
        'An organisation with this name was registered a moment ago: ask to represent it.',
        {
          fieldErrors: { 'newOrganisation.name': ['this name was registered a moment ago'] },
        },
      );
    case 'UQ_organisations_tax_code':
      return new ConflictError('An organisation with this tax code was registered a moment ago.', {
        fieldErrors: { 'newOrganisation.taxCode': ['this tax code was registered a moment ago'] },
      });
    case 'UQ_organisation_representatives_live':
      return new ConflictError('You already asked to represent this organisation.');
    default:
      return error;
  }
}
