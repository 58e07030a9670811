export { RealtimeModule } from './lib/realtime.module';
export { RedisIoAdapter } from './lib/redis-io.adapter';
