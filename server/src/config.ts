import { isIP } from 'node:net';
import { z } from 'zod';
import { IceServer } from '@mockloop/shared';
import type { TurnConfig } from './domain/turn-credentials.js';

const LogLevel = z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']);

const postgresUrl = z
  .string()
  .url('must be a URL such as postgres://user@host:5432/db')
  .refine((value) => /^postgres(ql)?:\/\//.test(value), 'must start with postgres:// or postgresql://');

/** Voice and video: STUN/TURN servers handed to browsers (README, "Voice and video"). */
const MediaEnv = {
  ICE_SERVERS: z
    .string()
    .transform((text, ctx) => {
      try {
        return JSON.parse(text) as unknown;
      } catch {
        ctx.addIssue({ code: 'custom', message: 'must be JSON, such as [{"urls":"stun:stun.example.org:3478"}]' });
        return z.NEVER;
      }
    })
    .pipe(z.array(IceServer, { message: 'must be a JSON array of RTCIceServer objects' }).max(10, 'at most 10 servers'))
    .default([]),
  TURN_URLS: z
    .string()
    .transform((text) => text.split(',').map((url) => url.trim()).filter(Boolean))
    .pipe(z.array(z.string().regex(/^turns?:[^\s]+$/, 'each must start with turn: or turns:')).min(1, 'must list at least one turn: URL'))
    .optional(),
  TURN_SECRET: z.string().min(16, 'must be at least 16 characters (the same as coturn static-auth-secret)').optional(),
  TURN_TTL_SECONDS: z.coerce
    .number({ message: 'must be a number' })
    .int('must be a whole number')
    .min(600, 'must be at least 600 (a round lasts longer than ten minutes)')
    .max(172_800, 'must be at most 172800 (two days)')
    .default(14_400),
};

/** An address or a CIDR range such as 10.0.0.0/8, as Fastify's trustProxy takes them. */
function isAddressOrRange(value: string): boolean {
  const [address = '', bits, ...rest] = value.split('/');
  const family = isIP(address);
  if (!family || rest.length) return false;
  return bits === undefined || (/^\d+$/.test(bits) && Number(bits) <= (family === 4 ? 32 : 128));
}

/**
 * Which peers may speak for the client in X-Forwarded-For/-Proto/-Host: none (the default),
 * the last N hops, or these proxy addresses. Never "every peer": then any client could
 * choose its own address, and so reset its rate limit.
 */
const TrustProxy = z.string().transform((value, ctx): false | number | string[] => {
  const text = value.trim();
  if (text === 'false' || text === '0') return false;
  if (/^\d+$/.test(text)) return Number(text);
  const list = text.split(',').map((part) => part.trim()).filter(Boolean);
  if (list.length && list.every(isAddressOrRange)) return list;
  ctx.addIssue({ code: 'custom', message: 'must be false, a hop count such as 1, or proxy addresses such as 10.0.0.5,172.16.0.0/12' });
  return z.NEVER;
});

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
  ...MediaEnv,
  TRUST_PROXY: TrustProxy.optional(),
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
  /** STUN/TURN for calls; TURN credentials are minted per participant from `turn.secret`. */
  ice: { servers: z.infer<typeof IceServer>[]; turn: TurnConfig | undefined };
  /** Fastify's trustProxy: false, a hop count, or proxy addresses/ranges. */
  trustProxy: false | number | string[];
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
  if (Boolean(e.TURN_URLS) !== Boolean(e.TURN_SECRET)) {
    const missing = e.TURN_URLS ? 'TURN_SECRET' : 'TURN_URLS';
    throw new ConfigError([`${missing}="": must be set too: TURN needs both TURN_URLS and TURN_SECRET`]);
  }
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
    ice: {
      servers: e.ICE_SERVERS,
      turn: e.TURN_URLS && e.TURN_SECRET ? { urls: e.TURN_URLS, secret: e.TURN_SECRET, ttlSeconds: e.TURN_TTL_SECONDS } : undefined,
    },
    trustProxy: e.TRUST_PROXY ?? false,
  };
}
