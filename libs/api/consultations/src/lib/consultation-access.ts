import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { enforceVerdict, type Actor } from '@piano2030/api-core';
import { BodyRolesService, COMMITTEE_CODE } from '@piano2030/api-governance';
import {
  decideConsultationAction,
  type ConsultationAction,
  type ConsultationStanding,
  type ConsultationStatus,
} from '@piano2030/shared-domain';

/** Applies the consultation policy: the caller's roles on the Comitato operativo and the moderator role. */
@Injectable()
export class ConsultationAccess {
  constructor(private readonly bodyRoles: BodyRolesService) {}

  async standing(manager: EntityManager, actor: Actor): Promise<ConsultationStanding> {
    const committee = await this.bodyRoles.rolesOn(manager, actor.userId, COMMITTEE_CODE);
    return { committee, moderator: actor.roles.includes('MODERATOR') };
  }

  /** Throws FORBIDDEN for a missing role, CONFLICT for a wrong state, with the policy's reason. */
  async require(
    manager: EntityManager,
    actor: Actor,
    action: ConsultationAction,
    status?: ConsultationStatus,
  ): Promise<void> {
    enforceVerdict(decideConsultationAction(await this.standing(manager, actor), action, status));
  }

  /** Drafts and the moderation queue are for the committee (and moderators, for contributions). */
  async runsConsultations(manager: EntityManager, actor: Actor | null): Promise<boolean> {
    if (!actor) return false;
    const standing = await this.standing(manager, actor);
    return decideConsultationAction(standing, 'MANAGE_CONSULTATION').allowed;
  }
}
