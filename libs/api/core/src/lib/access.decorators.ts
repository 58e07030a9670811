import { SetMetadata, createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type {
  BodyAction,
  ConsultationAction,
  Permission,
  StrategyAction,
  WorkPlanAction,
} from '@piano2030/shared-domain';
import type { RequestContext } from './request-context';
import type { Actor } from './actor';

export const ACCESS_METADATA = 'piano2030:access';

/** An action a domain policy decides from the caller's roles on the bodies (and an expert's scope). */
export type BodyRoleAction = BodyAction | WorkPlanAction | StrategyAction | ConsultationAction;

/** How an operation is guarded. Every query and mutation must declare one (checked at boot). */
export type AccessRule =
  | { kind: 'public' }
  | { kind: 'permission'; permission: Permission }
  | { kind: 'body-role'; action: BodyRoleAction };

/** Open to anonymous visitors. */
export const Public = () => SetMetadata(ACCESS_METADATA, { kind: 'public' } satisfies AccessRule);

/** Needs a signed-in caller whose roles grant `permission` in the permission table. */
export const RequirePermission = (permission: Permission) =>
  SetMetadata(ACCESS_METADATA, { kind: 'permission', permission } satisfies AccessRule);

/**
 * Needs a signed-in caller; the domain service then decides with the body policy (or the work plan
 * policy), which needs the caller's roles on the very body and the state of the object acted on.
 */
export const RequireBodyRole = (action: BodyRoleAction) =>
  SetMetadata(ACCESS_METADATA, { kind: 'body-role', action } satisfies AccessRule);

export function graphqlContext(context: ExecutionContext): RequestContext {
  return GqlExecutionContext.create(context).getContext<RequestContext>();
}

/** The signed-in caller, or null for anonymous visitors on public operations. */
export const CurrentActor = createParamDecorator(
  (_data: unknown, context: ExecutionContext): Actor | null => graphqlContext(context).req.actor ?? null,
);
