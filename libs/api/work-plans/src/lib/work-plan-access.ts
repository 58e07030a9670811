import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ConflictError, enforceVerdict } from '@piano2030/api-core';
import { BodyRolesService, CABINA_CODE, COMMITTEE_CODE } from '@piano2030/api-governance';
import {
  decideWorkPlanAction,
  type WorkPlanAction,
  type WorkPlanStanding,
  type WorkPlanState,
} from '@piano2030/shared-domain';

/** Applies the work plan policy: the caller's roles on the two bodies, then decideWorkPlanAction. */
@Injectable()
export class WorkPlanAccess {
  constructor(private readonly bodyRoles: BodyRolesService) {}

  async standing(manager: EntityManager, userId: string): Promise<WorkPlanStanding> {
    // One connection per transaction: the two reads run in turn.
    const committee = await this.bodyRoles.rolesOn(manager, userId, COMMITTEE_CODE);
    const cabina = await this.bodyRoles.rolesOn(manager, userId, CABINA_CODE);
    return { committee, cabina };
  }

  /** Throws FORBIDDEN for a missing role, CONFLICT for a wrong state, with the policy's reason. */
  authorize(standing: WorkPlanStanding, action: WorkPlanAction, state: WorkPlanState): void {
    enforceVerdict(decideWorkPlanAction(standing, action, state));
  }

  async require(
    manager: EntityManager,
    userId: string,
    action: WorkPlanAction,
    state: WorkPlanState,
  ): Promise<WorkPlanStanding> {
    const standing = await this.standing(manager, userId);
    this.authorize(standing, action, state);
    return standing;
  }
}

/** A stale revision: the caller gets the current state, and nothing is written. */
export function requireRevision(
  kind: 'work plan' | 'activity',
  row: { revision: number },
  expected: number,
  current: Record<string, unknown>,
): void {
  if (row.revision === expected) return;
  throw new ConflictError(
    `The ${kind} was changed by someone else (it is at revision ${row.revision}, your change was made against ${expected}). Reload it and apply your change again.`,
    { current },
  );
}
