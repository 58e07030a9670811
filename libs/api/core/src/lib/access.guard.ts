import { Injectable, Logger, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { rolesGrant } from '@piano2030/shared-domain';
import { ACCESS_METADATA, graphqlContext, type AccessRule } from './access.decorators';
import { ForbiddenError, UnauthenticatedError } from './domain-errors';
import type { AuthenticatedRequest } from './request-context';

/**
 * The one guard for GraphQL operations and HTTP routes: default deny, then the permission table.
 * Body-role rules only need a signed-in caller here: the service applies the body policy.
 * Field resolvers are covered by their parent operation; socket rooms by the realtime room policy.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  private readonly logger = new Logger(AccessGuard.name);

  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const type = context.getType<string>();
    if (type !== 'graphql' && type !== 'http') return true;
    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_METADATA, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (!rule) {
      this.logger.error(`${context.getClass().name}.${context.getHandler().name} declares no access rule`);
      throw new ForbiddenError();
    }
    if (rule.kind === 'public') return true;
    const actor = (
      type === 'graphql'
        ? graphqlContext(context).req
        : context.switchToHttp().getRequest<AuthenticatedRequest>()
    ).actor;
    if (!actor) throw new UnauthenticatedError();
    if (rule.kind === 'body-role') return true;
    if (!rolesGrant(actor.roles, rule.permission)) throw new ForbiddenError();
    return true;
  }
}
