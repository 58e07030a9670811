import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { GRAPHQL_LIMITS } from '@piano2030/shared-domain';
import { createValidationPipe } from '@piano2030/api-core';
import { RedisIoAdapter } from '@piano2030/api-realtime';
import { AppModule } from './app.module';
import type { AppConfig } from './config/app-config';
import { serveWebApp } from './web/serve-web-app';
import { securityHeaders } from './web/security-headers';

/** Builds the HTTP application: one port for the web app, /graphql, /health and socket.io. */
export async function createApp(config: AppConfig, databaseUrl: string): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config, databaseUrl), {
    bodyParser: false,
    logger: logLevels(config.logLevel),
  });
  app.useBodyParser('json', { limit: GRAPHQL_LIMITS.maxBodyBytes });
  if (config.trustProxy) app.set('trust proxy', parseTrustProxy(config.trustProxy));
  app.disable('x-powered-by');
  app.use(securityHeaders());
  app.useGlobalPipes(createValidationPipe());
  if (config.redisUrl) {
    const adapter = new RedisIoAdapter(app, config.redisUrl);
    await adapter.connect();
    app.useWebSocketAdapter(adapter);
  }
  if (!serveWebApp(app, config.webDistDir)) {
    new Logger('Web').warn(
      `No web build in ${config.webDistDir}: serving the API only (run npm run build:web)`,
    );
  }
  return app;
}

function parseTrustProxy(value: string): boolean | number | string {
  if (value === 'true' || value === 'false') return value === 'true';
  return /^\d+$/.test(value) ? Number(value) : value;
}

const LEVELS = ['error', 'warn', 'log', 'debug', 'verbose'] as const;

export function logLevels(level: AppConfig['logLevel']) {
  return LEVELS.slice(0, LEVELS.indexOf(level) + 1);
}
