import { Injectable } from '@nestjs/common';

type LoaderFactory = () => unknown;

/**
 * Domains register how to build their DataLoaders; the GraphQL context calls `createForRequest`
 * once per request, so batching and caching never leak between requests or users.
 */
@Injectable()
export class LoaderRegistry {
  private readonly factories = new Map<string, LoaderFactory>();

  register(domain: string, factory: LoaderFactory): void {
    if (this.factories.has(domain)) throw new Error(`Loaders for "${domain}" are registered twice`);
    this.factories.set(domain, factory);
  }

  createForRequest(): Record<string, unknown> {
    return Object.fromEntries([...this.factories].map(([domain, factory]) => [domain, factory()]));
  }
}
