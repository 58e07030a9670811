import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { ACCESS_METADATA } from './access.decorators';

// The key @nestjs/graphql stores on @Query/@Mutation/@Subscription handlers.
const RESOLVER_TYPE_METADATA = 'graphql:resolver_type';
const OPERATION_TYPES = new Set(['Query', 'Mutation', 'Subscription']);

/**
 * Refuses to start when a query, mutation or subscription declares neither @Public() nor
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
    for (const wrapper of this.discovery.getProviders()) {
      const instance = wrapper.instance as Record<string, unknown> | undefined;
      if (!instance || typeof instance !== 'object') continue;
      const prototype = Object.getPrototypeOf(instance) as object;
      for (const name of this.scanner.getAllMethodNames(prototype)) {
        const handler = (prototype as Record<string, unknown>)[name] as () => unknown;
        const type = this.reflector.get<string | undefined>(RESOLVER_TYPE_METADATA, handler);
        if (!type || !OPERATION_TYPES.has(type)) continue;
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
