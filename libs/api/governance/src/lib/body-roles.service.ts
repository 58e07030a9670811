import { Injectable } from '@nestjs/common';
import { In, IsNull, type EntityManager } from 'typeorm';
import { enforceVerdict } from '@piano2030/api-core';
import {
  decideBodyAction,
  type BodyAction,
  type BodyActionState,
  type BodyRole,
} from '@piano2030/shared-domain';
import { AttendanceEntity } from './entities/attendance.entity';
import { MembershipEntity } from './entities/membership.entity';

/** Someone's standing on one body: their own seat, and seats delegated to them for a meeting. */
export interface BodyStanding {
  roles: BodyRole[];
  own: MembershipEntity | null;
  /** Seats whose member delegated the meeting to this person, their alternate. */
  represented: MembershipEntity[];
}

/** Applies the body policy: works out the caller's roles on the body, then asks decideBodyAction. */
@Injectable()
export class BodyRolesService {
  async standing(
    manager: EntityManager,
    userId: string,
    bodyId: string,
    meetingId?: string,
  ): Promise<BodyStanding> {
    const open = await manager.find(MembershipEntity, { where: { bodyId, endedOn: IsNull() } });
    const own = open.find((m) => m.userId === userId) ?? null;
    const represented = meetingId ? await this.delegatedTo(manager, userId, open, meetingId) : [];
    const roles: BodyRole[] = [
      ...(own ? [own.role] : []),
      ...(represented.length ? ['ALTERNATE' as const] : []),
    ];
    return { roles, own, represented };
  }

  /** Someone's own roles on a body named by its code (the two bodies are fixed by migration). */
  async rolesOn(manager: EntityManager, userId: string, bodyCode: string): Promise<BodyRole[]> {
    const seats = await manager.find(MembershipEntity, {
      where: { userId, endedOn: IsNull(), body: { code: bodyCode } },
      relations: { body: true },
    });
    return seats.map((seat) => seat.role);
  }

  /** Throws FORBIDDEN for a missing role, CONFLICT for a wrong state, with the policy's reason. */
  authorize(roles: readonly BodyRole[], action: BodyAction, state: BodyActionState): void {
    enforceVerdict(decideBodyAction(roles, action, state));
  }

  private async delegatedTo(
    manager: EntityManager,
    userId: string,
    open: MembershipEntity[],
    meetingId: string,
  ): Promise<MembershipEntity[]> {
    const asAlternate = open.filter((m) => m.alternateUserId === userId);
    if (!asAlternate.length) return [];
    const delegated = await manager.find(AttendanceEntity, {
      where: { meetingId, membershipId: In(asAlternate.map((m) => m.id)), status: 'DELEGATED' },
    });
    return asAlternate.filter((m) => delegated.some((a) => a.membershipId === m.id));
  }
}
