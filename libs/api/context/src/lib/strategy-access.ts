import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { enforceVerdict, type Actor } from '@piano2030/api-core';
import { BodyRolesService, CABINA_CODE, COMMITTEE_CODE, ExpertsService } from '@piano2030/api-governance';
import {
  decideStrategyAction,
  todayInItaly,
  type ScopedSubject,
  type StrategyAction,
  type StrategyStanding,
  type StrategyState,
} from '@piano2030/shared-domain';

/**
 * Applies the strategy policy (SWOT, priorities, interventions): the caller's roles on the
 * Comitato operativo and, for an external expert, whether their engagement covers the subject.
 */
@Injectable()
export class StrategyAccess {
  constructor(
    private readonly bodyRoles: BodyRolesService,
    private readonly experts: ExpertsService,
  ) {}

  async standing(manager: EntityManager, userId: string, subject: ScopedSubject): Promise<StrategyStanding> {
    const committee = await this.bodyRoles.rolesOn(manager, userId, COMMITTEE_CODE);
    const expert = await this.experts.verdictFor(manager, userId, subject, todayInItaly());
    return { committee, expert };
  }

  /** Throws FORBIDDEN for a missing role or scope, CONFLICT for a wrong state, with the policy's reason. */
  authorize(standing: StrategyStanding, action: StrategyAction, state: StrategyState = {}): void {
    enforceVerdict(decideStrategyAction(standing, action, state));
  }

  async require(
    manager: EntityManager,
    userId: string,
    action: StrategyAction,
    subject: ScopedSubject,
    state: StrategyState = {},
  ): Promise<StrategyStanding> {
    const standing = await this.standing(manager, userId, subject);
    this.authorize(standing, action, state);
    return standing;
  }

  /** Work in progress (drafts) is for the two bodies, engaged experts and administrators. */
  async seesDrafts(manager: EntityManager, actor: Actor | null): Promise<boolean> {
    if (!actor) return false;
    if (actor.roles.includes('ADMIN')) return true;
    if ((await this.bodyRoles.rolesOn(manager, actor.userId, COMMITTEE_CODE)).length) return true;
    if ((await this.bodyRoles.rolesOn(manager, actor.userId, CABINA_CODE)).length) return true;
    return this.experts.isEngaged(manager, actor.userId, todayInItaly());
  }
}
