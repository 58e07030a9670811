import type { BodyRole } from '@piano2030/shared-domain';
import type { RequestContext } from '@piano2030/api-core';
import { governanceLoaders } from './governance.loaders';

/**
 * The caller's roles on a body, read through the request's loaders: their own open seat, and
 * ALTERNATE when a member delegated `meetingId` to them. Used to shape what a page shows; the
 * services decide again, inside their transaction, before changing anything.
 */
export async function viewerRoles(
  ctx: RequestContext,
  bodyId: string,
  meetingId?: string,
): Promise<BodyRole[]> {
  const actor = ctx.req.actor;
  if (!actor) return [];
  const loaders = governanceLoaders(ctx);
  const open = await loaders.openMembershipsByBody.load(bodyId);
  const roles: BodyRole[] = open.filter((m) => m.userId === actor.userId).map((m) => m.role);
  if (meetingId) {
    const attendance = await loaders.attendanceByMeeting.load(meetingId);
    const represents = open.some(
      (m) =>
        m.alternateUserId === actor.userId &&
        attendance.some((a) => a.membershipId === m.id && a.status === 'DELEGATED'),
    );
    if (represents) roles.push('ALTERNATE');
  }
  return roles;
}

/** Members and alternates of a body read its drafts (minutes not yet approved). */
export async function viewerIsInsider(ctx: RequestContext, bodyId: string): Promise<boolean> {
  const actor = ctx.req.actor;
  if (!actor) return false;
  const open = await governanceLoaders(ctx).openMembershipsByBody.load(bodyId);
  return open.some((m) => m.userId === actor.userId || m.alternateUserId === actor.userId);
}
