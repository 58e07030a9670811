import { z } from 'zod';

const flag = z
  .enum(['true', 'false', '1', '0'], { message: 'must be true or false' })
  .transform((value) => value === 'true' || value === '1');

const schema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    PORT: z.coerce.number().int().min(0).max(65535).default(3000),
    HOST: z.string().min(1).default('127.0.0.1'),
    DATABASE_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//, { message: 'must be a postgres:// or postgresql:// URL' })
      .optional(),
    DATA_DIR: z.string().min(1).default('.data'),
    EMBEDDED_PG_PORT: z.coerce.number().int().min(1024).max(65535).default(54329),
    SEED_DEMO: flag.optional(),
    ADMIN_EMAIL: z.email().optional(),
    ADMIN_PASSWORD: z.string().min(12, { message: 'must be at least 12 characters' }).optional(),
    REDIS_URL: z
      .string()
      .regex(/^rediss?:\/\//, { message: 'must be a redis:// or rediss:// URL' })
      .optional(),
    SESSION_TTL_HOURS: z.coerce
      .number()
      .int()
      .min(1)
      .max(24 * 90)
      .default(24 * 7),
    COOKIE_SECURE: flag.default(false),
    TRUST_PROXY: z.string().optional(),
    WEB_DIST_DIR: z.string().default('dist/web'),
    GRAPHQL_SCHEMA_FILE: z.string().optional(),
    LOG_LEVEL: z.enum(['error', 'warn', 'log', 'debug', 'verbose']).default('log'),
    COUNT_SQL_STATEMENTS: flag.default(false),
    NOTIFICATIONS_POLL_MS: z.coerce
      .number()
      .int()
      .min(0)
      .max(3_600_000)
      .refine((ms) => ms === 0 || ms >= 100, { message: 'must be 0 (off) or at least 100' })
      .default(1_000),
    SMTP_URL: z
      .string()
      .regex(/^smtps?:\/\/\S+$/, { message: 'must be an smtp:// or smtps:// URL' })
      .optional(),
    SMTP_FROM: z.string().min(3).max(200).default('Piano Strategico 2030 <noreply@piano2030.localhost>'),
    DIGEST_HOUR: z
      .union([z.literal('off'), z.coerce.number().int().min(0).max(23)], {
        message: 'must be an hour from 0 to 23, or off',
      })
      .default(7),
    PUBLIC_URL: z
      .string()
      .regex(/^https?:\/\/[^\s/]+(\/\S*)?$/, { message: 'must be an http:// or https:// URL' })
      .default('http://localhost:3000'),
  })
  .refine((env) => Boolean(env.ADMIN_EMAIL) === Boolean(env.ADMIN_PASSWORD), {
    message: 'ADMIN_EMAIL and ADMIN_PASSWORD must be set together',
    path: ['ADMIN_PASSWORD'],
  });

export interface AppConfig {
  production: boolean;
  port: number;
  host: string;
  databaseUrl: string | null;
  dataDir: string;
  embeddedPostgresPort: number;
  /** Demo accounts: on by default with the embedded database, off with DATABASE_URL unless asked. */
  seedDemo: boolean;
  admin: { email: string; password: string } | null;
  redisUrl: string | null;
  sessionTtlHours: number;
  secureCookies: boolean;
  trustProxy: string | null;
  webDistDir: string;
  /** When set, the GraphQL schema is written there at start-up (development and the drift check). */
  schemaFile: string | null;
  logLevel: 'error' | 'warn' | 'log' | 'debug' | 'verbose';
  /** Serves GET /diagnostics/sql-statements: the statements sent so far (the R2 test reads it). */
  countSqlStatements: boolean;
  notifications: {
    /** How often notifications are projected, digests written and e-mails sent; 0: never. */
    pollMs: number;
    /** Null: e-mails stay in the outbox for administrators to read. */
    smtpUrl: string | null;
    smtpFrom: string;
    /** The hour (Europe/Rome) from which daily digests are written; null: only when an administrator asks. */
    digestHour: number | null;
    /** The site's public address, for links in e-mails. */
    publicUrl: string;
  };
}

export class ConfigError extends Error {}

/** Reads the environment once; a missing or malformed variable stops start-up with its name. */
export function loadConfig(env: Record<string, string | undefined>): AppConfig {
  const parsed = schema.safeParse(
    Object.fromEntries(Object.entries(env).filter(([, value]) => value !== '')),
  );
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration:\n${problems.join('\n')}`);
  }
  const e = parsed.data;
  return {
    production: e.NODE_ENV === 'production',
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL ?? null,
    dataDir: e.DATA_DIR,
    embeddedPostgresPort: e.EMBEDDED_PG_PORT,
    seedDemo: e.SEED_DEMO ?? !e.DATABASE_URL,
    admin: e.ADMIN_EMAIL && e.ADMIN_PASSWORD ? { email: e.ADMIN_EMAIL, password: e.ADMIN_PASSWORD } : null,
    redisUrl: e.REDIS_URL ?? null,
    sessionTtlHours: e.SESSION_TTL_HOURS,
    secureCookies: e.COOKIE_SECURE,
    trustProxy: e.TRUST_PROXY ?? null,
    webDistDir: e.WEB_DIST_DIR,
    schemaFile: e.GRAPHQL_SCHEMA_FILE ?? null,
    logLevel: e.LOG_LEVEL,
    countSqlStatements: e.COUNT_SQL_STATEMENTS,
    notifications: {
      pollMs: e.NOTIFICATIONS_POLL_MS,
      smtpUrl: e.SMTP_URL ?? null,
      smtpFrom: e.SMTP_FROM,
      digestHour: e.DIGEST_HOUR === 'off' ? null : e.DIGEST_HOUR,
      publicUrl: e.PUBLIC_URL.replace(/\/+$/, ''),
    },
  };
}
