import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { ACCESS_METADATA } from './access.decorators';

// The keys @nestjs/graphql stores on @Query/@Mutation/@Subscription handlers and
// @nestjs/common on @Get/@Post/... route handlers.
const RESOLVER_TYPE_METADATA = 'graphql:resolver_type';
const OPERATION_TYPES = new Set(['Query', 'Mutation', 'Subscription']);
const ROUTE_METHOD_METADATA = 'method';

/**
 * Refuses to start when a GraphQL operation or an HTTP route declares neither @Public() nor
 * @RequirePermission(): default deny is then visible at boot, not at the first denied call.
 */
@Injectable()
export class AccessCoverageCheck implements OnApplicationBootstrap {
  constructor(
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
    private readonly reflector: Reflector,
  ) {}

  onApplicationBootstrap(): void {
    const missing = this.undeclaredOperations();
    if (missing.length) {
      throw new Error(`GraphQL operations without an access rule: ${missing.join(', ')}`);
    }
  }

  undeclaredOperations(): string[] {
    const missing: string[] = [];
    for (const wrapper of [...this.discovery.getProviders(), ...this.discovery.getControllers()]) {
      const instance = wrapper.instance as Record<string, unknown> | undefined;
      if (!instance || typeof instance !== 'object') continue;
      const prototype = Object.getPrototypeOf(instance) as object;
      for (const name of this.scanner.getAllMethodNames(prototype)) {
        const handler = (prototype as Record<string, unknown>)[name] as () => unknown;
        const operation = OPERATION_TYPES.has(this.reflector.get<string>(RESOLVER_TYPE_METADATA, handler));
        const route = this.reflector.get<unknown>(ROUTE_METHOD_METADATA, handler) !== undefined;
        if (!operation && !route) continue;
        const rule = this.reflector.getAllAndOverride(ACCESS_METADATA, [
          handler,
          instance.constructor as () => unknown,
        ]);
        if (!rule) missing.push(`${instance.constructor.name}.${name}`);
      }
    }
    return missing;
  }
}
