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
    });
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
  ])('explains a bad value: %o', (env, message) => {
    const problems = problemsOf(env as Record<string, string>);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(message);
  });

  it('lists every bad value at once, not only the first', () => {
    const problems = problemsOf({ PORT: '-1', LOG_LEVEL: 'loud', PUBLIC_URL: 'nope' });
    expect(problems.map((p) => p.split('=')[0]).sort()).toEqual(['LOG_LEVEL', 'PORT', 'PUBLIC_URL']);
  });
});
