import { Global, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, DiscoveryModule } from '@nestjs/core';
import { AccessCoverageCheck } from './access-coverage.check';
import { AccessGuard } from './access.guard';
import { DomainErrorFilter } from './domain-error.filter';
import { DomainEventBus } from './domain-events';
import { LoaderRegistry } from './loader-registry';
import { RateLimiter } from './rate-limiter';
import { ScopedRooms } from './scoped-rooms';

@Global()
@Module({
  imports: [DiscoveryModule],
  providers: [
    { provide: APP_GUARD, useClass: AccessGuard },
    { provide: APP_FILTER, useClass: DomainErrorFilter },
    AccessCoverageCheck,
    DomainEventBus,
    LoaderRegistry,
    RateLimiter,
    ScopedRooms,
  ],
  exports: [DomainEventBus, LoaderRegistry, RateLimiter, ScopedRooms],
})
export class CoreModule {}
