import { z } from 'zod';

const LogLevel = z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']);

const postgresUrl = z
  .string()
  .url('must be a URL such as postgres://user@host:5432/db')
  .refine((value) => /^postgres(ql)?:\/\//.test(value), 'must start with postgres:// or postgresql://');

/** The environment variables MockLoop reads, with their defaults. */
const EnvSchema = z.object({
  PORT: z.coerce
    .number({ message: 'must be a number' })
    .int('must be a whole number')
    .min(0, 'must be between 0 and 65535')
    .max(65535, 'must be between 0 and 65535')
    .default(3000),
  HOST: z.string().min(1, 'must not be empty').default('127.0.0.1'),
  DATABASE_URL: postgresUrl.optional(),
  DATA_DIR: z.string().min(1, 'must not be empty').default('./.data'),
  PUBLIC_URL: z.string().url('must be a URL such as https://mockloop.example.org').optional(),
  LOG_LEVEL: LogLevel.default('info'),
  LOOP_CREATIONS_PER_MINUTE: z.coerce
    .number({ message: 'must be a number' })
    .int('must be a whole number')
    .min(1, 'must be at least 1')
    .default(20),
  REDIS_URL: z
    .string()
    .url('must be a URL such as redis://127.0.0.1:6379')
    .refine((value) => /^rediss?:\/\//.test(value), 'must start with redis:// or rediss://')
    .optional(),
  REDIS_CONNECT_TIMEOUT_MS: z.coerce
    .number({ message: 'must be a number' })
    .int('must be a whole number')
    .min(1, 'must be at least 1')
    .default(10_000),
});

export type Config = {
  port: number;
  host: string;
  /** Postgres server when set; otherwise embedded PGlite in `dataDir`. */
  databaseUrl: string | undefined;
  /** PGlite data folder; `memory://` keeps it in memory (tests). */
  dataDir: string;
  /** Where people reach the app; used in invite links and the Origin allow-list. */
  publicUrl: string | undefined;
  logLevel: z.infer<typeof LogLevel>;
  redisUrl: string | undefined;
  /** How long start-up waits for Redis before it stops with a clear message. */
  redisConnectTimeoutMs: number;
  /** Loops (and demo loops) one client address may create per minute. */
  loopCreationsPerMinute: number;
};

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Reads configuration from an environment; a pure function, so tests pass plain objects. */
export function loadConfig(env: Record<string, string | undefined>): Config {
  // An empty variable means "not set": `PORT= npm start` should not be an error.
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = EnvSchema.safeParse(present);
  if (!parsed.success) {
    // One line per variable: its first problem is the one worth fixing first.
    const byName = new Map<string, string>();
    for (const issue of parsed.error.issues) {
      const name = String(issue.path[0] ?? 'environment');
      if (!byName.has(name)) byName.set(name, `${name}=${JSON.stringify(env[name] ?? '')}: ${issue.message}`);
    }
    throw new ConfigError([...byName.values()]);
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    dataDir: e.DATA_DIR,
    publicUrl: e.PUBLIC_URL?.replace(/\/$/, ''),
    logLevel: e.LOG_LEVEL,
    redisUrl: e.REDIS_URL,
    redisConnectTimeoutMs: e.REDIS_CONNECT_TIMEOUT_MS,
    loopCreationsPerMinute: e.LOOP_CREATIONS_PER_MINUTE,
  };
}
