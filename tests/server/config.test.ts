import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../server/src/config.js';

function problemsOf(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('configuration from the environment', () => {
  it('starts with zero setup: embedded database in ./.data on port 3000', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ port: 3000, host: '127.0.0.1', databaseUrl: undefined, dataDir: './.data', logLevel: 'info' });
  });

  it('reads every supported variable', () => {
    const config = loadConfig({
      PORT: '8080',
      HOST: '0.0.0.0',
      DATABASE_URL: 'postgres://app@db:5432/mockloop',
      DATA_DIR: '/var/lib/mockloop',
      PUBLIC_URL: 'https://loops.example.org/',
      LOG_LEVEL: 'warn',
      REDIS_URL: 'redis://cache:6379',
      TRUST_PROXY: '1',
    });
    expect(config).toEqual({
      port: 8080,
      host: '0.0.0.0',
      databaseUrl: 'postgres://app@db:5432/mockloop',
      dataDir: '/var/lib/mockloop',
      publicUrl: 'https://loops.example.org',
      logLevel: 'warn',
      redisUrl: 'redis://cache:6379',
      redisConnectTimeoutMs: 10_000,
      loopCreationsPerMinute: 20,
      ice: { servers: [], turn: undefined },
      trustProxy: 1,
    });
  });

  it('trusts no proxy unless told: a hop count or a list of proxy addresses', () => {
    expect(loadConfig({}).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: 'false' }).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: '2' }).trustProxy).toBe(2);
    expect(loadConfig({ TRUST_PROXY: '10.0.0.5, 172.16.0.0/12,::1' }).trustProxy).toEqual(['10.0.0.5', '172.16.0.0/12', '::1']);
    expect(problemsOf({ TRUST_PROXY: 'true' })[0]).toMatch(/^TRUST_PROXY="true": .*hop count/);
    expect(problemsOf({ TRUST_PROXY: 'proxy.local' })[0]).toMatch(/^TRUST_PROXY="proxy.local": /);
  });

  it('treats an empty variable as unset', () => {
    expect(loadConfig({ PORT: '', DATABASE_URL: '' })).toMatchObject({ port: 3000, databaseUrl: undefined });
  });

  it.each([
    [{ PORT: 'eighty' }, /^PORT="eighty": must be a number/],
    [{ PORT: '70000' }, /^PORT="70000": must be between 0 and 65535/],
    [{ PORT: '3.5' }, /^PORT="3.5": must be a whole number/],
    [{ REDIS_CONNECT_TIMEOUT_MS: 'soon' }, /^REDIS_CONNECT_TIMEOUT_MS="soon": must be a number/],
    [{ DATABASE_URL: 'mysql://x@y/z' }, /^DATABASE_URL="mysql:\/\/x@y\/z": must start with postgres:\/\//],
    [{ DATABASE_URL: 'not a url' }, /^DATABASE_URL="not a url": must be a URL/],
    [{ PUBLIC_URL: 'loops.example.org' }, /^PUBLIC_URL="loops.example.org": must be a URL/],
    [{ LOG_LEVEL: 'loud' }, /^LOG_LEVEL="loud": /],
    [{ REDIS_URL: 'http://cache' }, /^REDIS_URL="http:\/\/cache": must start with redis:\/\//],
    [{ ICE_SERVERS: 'stun:x' }, /^ICE_SERVERS="stun:x": must be JSON/],
    [{ ICE_SERVERS: '{"urls":"stun:x"}' }, /^ICE_SERVERS=.*: must be a JSON array/],
    [{ TURN_URLS: 'https://turn.example.org', TURN_SECRET: 'a-long-enough-secret' }, /^TURN_URLS=.*: each must start with turn: or turns:/],
    [{ TURN_URLS: 'turn:turn.example.org:3478' }, /^TURN_SECRET="": must be set too/],
    [{ TURN_URLS: 'turn:t.example.org', TURN_SECRET: 'short' }, /^TURN_SECRET="short": must be at least 16 characters/],
    [{ TURN_URLS: 'turn:t.example.org', TURN_SECRET: 'a-long-enough-secret', TURN_TTL_SECONDS: '60' }, /^TURN_TTL_SECONDS="60": must be at least 600/],
  ])('explains a bad value: %o', (env, message) => {
    const problems = problemsOf(env as Record<string, string>);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(message);
  });

  it('lists every bad value at once, not only the first', () => {
    const problems = problemsOf({ PORT: '-1', LOG_LEVEL: 'loud', PUBLIC_URL: 'nope' });
    expect(problems.map((p) => p.split('=')[0]).sort()).toEqual(['LOG_LEVEL', 'PORT', 'PUBLIC_URL']);
  });

  it('reads STUN servers as JSON and TURN as URLs plus a shared secret', () => {
    const config = loadConfig({
      ICE_SERVERS: '[{"urls":"stun:stun.example.org:3478"}]',
      TURN_URLS: 'turn:turn.example.org:3478?transport=udp, turns:turn.example.org:5349',
      TURN_SECRET: 'a-long-enough-secret',
    });
    expect(config.ice).toEqual({
      servers: [{ urls: 'stun:stun.example.org:3478' }],
      turn: { urls: ['turn:turn.example.org:3478?transport=udp', 'turns:turn.example.org:5349'], secret: 'a-long-enough-secret', ttlSeconds: 14_400 },
    });
  });
});
