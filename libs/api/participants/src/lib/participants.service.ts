import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ForbiddenError, isUuid, type Actor } from '@piano2030/api-core';
import type { OrganisationCategory, StakeholderCategory } from '@piano2030/shared-domain';
import { OrganisationRepresentativeEntity } from './entities/organisation-representative.entity';

/** Who speaks in a contribution: the person, and the organisation they speak for, if any. */
export interface Speaker {
  userId: string;
  /** Null when the person speaks for themselves. */
  organisationId: string | null;
  /** The organisation's category, or CITIZEN for a person speaking for themselves. */
  category: StakeholderCategory;
}

/**
 * What other domains (consultations) ask of this one, inside their own transaction: on whose behalf
 * a person may speak. Only a VERIFIED representation lets a person speak for an organisation.
 */
@Injectable()
export class ParticipantsService {
  /**
   * With an organisation, requires the actor's VERIFIED representation of it (FORBIDDEN otherwise)
   * and locks it until the caller's transaction ends, so a revocation cannot slip in between; without
   * one, the actor speaks for themselves as CITIZEN.
   */
  async speakerFor(
    manager: EntityManager,
    actor: Actor,
    organisationId: string | null | undefined,
  ): Promise<Speaker> {
    if (organisationId === null || organisationId === undefined) {
      return { userId: actor.userId, organisationId: null, category: 'CITIZEN' };
    }
    const rows: { category: OrganisationCategory }[] = isUuid(organisationId)
      ? await manager.query(
          `SELECT o.category FROM organisation_representatives r
             JOIN organisations o ON o.id = r.organisation_id
            WHERE r.organisation_id = $1 AND r.user_id = $2 AND r.status = 'VERIFIED'
              FOR SHARE OF r`,
          [organisationId, actor.userId],
        )
      : [];
    if (!rows.length) {
      throw new ForbiddenError(
        'You can speak for an organisation only as its representative verified by an administrator.',
      );
    }
    return { userId: actor.userId, organisationId, category: rows[0].category };
  }

  /** Organisations' names by id, for what other domains publish (who spoke in a contribution). */
  async organisationNames(manager: EntityManager, ids: readonly string[]): Promise<Map<string, string>> {
    const rows: { id: string; name: string }[] = ids.length
      ? await manager.query('SELECT id, name FROM organisations WHERE id = ANY($1::uuid[])', [[...ids]])
      : [];
    return new Map(rows.map((row) => [row.id, row.name]));
  }

  /** True when the person is a VERIFIED representative of at least one organisation. */
  isVerifiedRepresentative(manager: EntityManager, userId: string): Promise<boolean> {
    return manager.exists(OrganisationRepresentativeEntity, { where: { userId, status: 'VERIFIED' } });
  }
}
