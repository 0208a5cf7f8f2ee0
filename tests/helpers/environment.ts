/**
 * What a test needs from the machine beyond node_modules, and what happens when it is missing:
 * on a developer's machine the test is skipped with a notice; under `CI=true` (as `.ci/run`
 * runs) it fails, so CI can never pass by skipping a test. `.ci/run` installs every one.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, it, type TestFunction } from 'vitest';
import { postgresBinDir } from './private-postgres.js';

export type Need = { name: string; present: boolean; hint: string };

const IN_CI = process.env.CI === 'true' || process.env.CI === '1';

/** The labelled story sets live beside the repository, in ../shared/stories. */
export const STORY_SETS_DIR = resolve(import.meta.dirname, '..', '..', '..', 'shared', 'stories');

function onPath(command: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
}

export const needs = {
  chromium: (): Need => {
    const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
    return { name: `Chromium at ${path}`, present: existsSync(path), hint: 'apt-get install -y chromium, or set CHROMIUM_PATH' };
  },
  postgres: (): Need => ({
    name: 'TEST_DATABASE_URL',
    present: Boolean(process.env.TEST_DATABASE_URL),
    hint: 'set TEST_DATABASE_URL=postgres://postgres@127.0.0.1:5432/test',
  }),
  redis: (): Need => ({
    name: 'TEST_REDIS_URL',
    present: Boolean(process.env.TEST_REDIS_URL),
    hint: 'set TEST_REDIS_URL=redis://127.0.0.1:6379',
  }),
  storySets: (): Need => ({
    name: `the story sets in ${STORY_SETS_DIR}`,
    present: existsSync(resolve(STORY_SETS_DIR, 'dev')),
    hint: 'check out the shared folder beside the repository',
  }),
  postgresServerBinaries: (): Need => ({
    name: 'Postgres server binaries (initdb, pg_ctl, postgres)',
    present: postgresBinDir() !== null,
    hint: 'apt-get install -y postgresql, or set PG_BIN_DIR',
  }),
  redisServer: (): Need => ({ name: 'redis-server', present: onPath('redis-server'), hint: 'apt-get install -y redis-server' }),
};

/** The needs that are missing, each said once on the console. */
function missing(list: Need[]): Need[] {
  const absent = list.filter((need) => !need.present);
  for (const need of absent) {
    const verdict = IN_CI ? 'fails under CI=true' : 'skipped';
    console.warn(`[environment] ${verdict}: missing ${need.name} (${need.hint})`);
  }
  return absent;
}

function refusal(absent: Need[]): Error {
  return new Error(`CI=true and this test's environment is missing: ${absent.map((n) => `${n.name} (${n.hint})`).join('; ')}`);
}

/** `describe` that runs only with its needs met: skipped locally, a failing test in CI. */
export function describeWith(list: Need[], name: string, body: () => void): void {
  const absent = missing(list);
  if (absent.length === 0) describe(name, body);
  else if (IN_CI) describe(name, () => it('has the environment it needs', () => { throw refusal(absent); }));
  else describe.skip(name, body);
}

/** `it` that runs only with its needs met: skipped locally, failing in CI. */
export function itWith(list: Need[], name: string, body: TestFunction, timeout?: number): void {
  const absent = missing(list);
  if (absent.length === 0) it(name, body, timeout);
  else if (IN_CI) it(name, () => { throw refusal(absent); });
  else it.skip(name, body, timeout);
}

/** True when every need is met (for hooks that must not run without them). */
export function has(list: Need[]): boolean {
  return list.every((need) => need.present);
}
