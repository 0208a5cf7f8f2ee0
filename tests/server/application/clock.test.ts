import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClockService, type ClockService } from '../../../server/src/application/clock.js';
import { createDemoLoop } from '../../../server/src/application/demo.js';
import { collectingFacts } from '../../../server/src/application/facts.js';
import { openDatabase, type DatabaseHandle } from '../../../server/src/db/database.js';
import { principalOf, type Principal } from '../../../server/src/domain/principal.js';
import type { CreatedLoop } from '../../../server/src/repositories/loops.js';
import { createTestDatabase, type TestDatabase } from '../../helpers/db.js';

/**
 * A clock command run as a use case, with no Fastify and no Socket.IO: a real database and a
 * port that keeps what would be published. The demo loop's fourth round has not started yet.
 */
const NOW = Date.parse('2026-03-02T15:00:00Z');
const silent = { error: () => {}, info: () => {} };

let testDb: TestDatabase;
let handle: DatabaseHandle;
let loop: CreatedLoop;
let roundId: string;
const facts = collectingFacts();
let clocks: ClockService;

const person = (role: string): Principal => {
  const row = loop.participants.find((p) => p.role === role && (role !== 'interviewer' || p.roundId === roundId))!;
  return principalOf({ ...row, loopId: loop.loopId });
};

beforeAll(async () => {
  testDb = await createTestDatabase();
  handle = await openDatabase({ databaseUrl: testDb.databaseUrl, dataDir: testDb.dataDir });
  loop = await createDemoLoop(handle.db, new Date(NOW));
  roundId = loop.roundIds[3]!;
  clocks = createClockService({ db: handle.db, facts, log: silent, now: () => NOW, sweepIntervalMs: 60_000 });
});

afterAll(async () => {
  clocks?.stop();
  await handle?.close();
  await testDb?.drop();
});

describe('the clock use case', () => {
  it("refuses the candidate and publishes nothing", async () => {
    await expect(clocks.command(person('candidate'), roundId, { type: 'start' })).rejects.toMatchObject({ code: 'forbidden' });
    expect(facts.published).toEqual([]);
  });

  it("starts the round for its interviewer and tells the whole loop, once stored", async () => {
    const state = await clocks.command(person('interviewer'), roundId, { type: 'start' });
    expect(state.status).toBe('running');
    expect(facts.published).toEqual([
      { kind: 'emit', rooms: [`loop:${loop.loopId}`], event: 'clock:started', payload: { loopId: loop.loopId, roundId, state, serverNow: NOW } },
      { kind: 'emit', rooms: [`loop:${loop.loopId}`], event: 'loop:changed', payload: { loopId: loop.loopId, what: 'rounds' } },
    ]);
  });

  it("refuses starting it twice, with the domain's reason and no new fact", async () => {
    await expect(clocks.command(person('interviewer'), roundId, { type: 'start' })).rejects.toMatchObject({ code: 'invalid-transition' });
    expect(facts.published).toHaveLength(2);
  });
});
