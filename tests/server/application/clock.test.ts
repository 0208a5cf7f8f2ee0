import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClockService, type ClockService } from '../../../server/src/application/clock.js';
import { createDemoLoop } from '../../../server/src/application/demo.js';
import { collectingFacts } from '../../../server/src/application/facts.js';
import { openDatabase, type DatabaseHandle } from '../../../server/src/db/database.js';
import { principalOf, type Principal } from '../../../server/src/domain/principal.js';
import type { CreatedLoop } from '../../../server/src/repositories/loops.js';
import { auditActions } from '../../helpers/audit.js';
import { BOTH_DATABASES } from '../../helpers/databases.js';
import { fingerprint } from '../../helpers/db-fingerprint.js';

/**
 * A clock command run as a use case, with no Fastify and no Socket.IO, on a real database
 * (PGlite and Postgres): a command returns the facts to publish; only the timer-driven
 * expiry, which no request waits for, publishes through the port. The demo loop's fourth
 * round has not started yet.
 */
const NOW = Date.parse('2026-03-02T15:00:00Z');
const silent = { error: () => {}, info: () => {} };

describe.each(BOTH_DATABASES)('the clock use case on $name', ({ missing, create }) => {
  let drop: () => Promise<void>;
  let handle: DatabaseHandle;
  let loop: CreatedLoop;
  let roundId: string;
  let now = NOW;
  const port = collectingFacts();
  let clocks: ClockService;

  const person = (role: string): Principal => {
    const row = loop.participants.find((p) => p.role === role && (role !== 'interviewer' || p.roundId === roundId))!;
    return principalOf({ ...row, loopId: loop.loopId });
  };
  const loopFact = (event: string, payload: object) => ({ kind: 'emit', rooms: [`loop:${loop.loopId}`], event, payload });

  beforeAll(async () => {
    if (missing) return;
    const database = await create();
    drop = database.drop;
    handle = await openDatabase({ databaseUrl: database.databaseUrl, dataDir: database.dataDir });
    loop = (await createDemoLoop({ db: handle.db, now: () => NOW })).result;
    roundId = loop.roundIds[3]!;
    // A sweep interval no test reaches: each test sweeps by hand.
    clocks = createClockService({ db: handle.db, facts: port, log: silent, now: () => now, sweepIntervalMs: 3_600_000 });
  });
  afterAll(async () => {
    clocks?.stop();
    await handle?.close();
    await drop?.();
  });

  it.skipIf(missing)('refuses the candidate, writes nothing and has nothing to tell', async () => {
    const before = await fingerprint(handle.db);
    await expect(clocks.command(person('candidate'), roundId, { type: 'start' })).rejects.toMatchObject({ code: 'forbidden' });
    expect(await fingerprint(handle.db)).toEqual(before);
    expect(port.published).toEqual([]);
  });

  it.skipIf(missing)('starts the round for its interviewer and returns what the whole loop hears, publishing nothing itself', async () => {
    const { result: state, facts } = await clocks.command(person('interviewer'), roundId, { type: 'start' });
    expect(state.status).toBe('running');
    expect(facts).toEqual([
      loopFact('clock:started', { loopId: loop.loopId, roundId, state, serverNow: NOW }),
      loopFact('loop:changed', { loopId: loop.loopId, what: 'rounds' }),
    ]);
    expect(port.published).toEqual([]);
    expect(await auditActions(handle.db, loop.loopId, 'clock.')).toEqual(['clock.started']);
  });

  it.skipIf(missing)("refuses starting it twice, with the domain's reason and no new audit line", async () => {
    await expect(clocks.command(person('interviewer'), roundId, { type: 'start' })).rejects.toMatchObject({ code: 'invalid-transition' });
    expect(await auditActions(handle.db, loop.loopId, 'clock.')).toEqual(['clock.started']);
  });

  it.skipIf(missing)('ends the round when its time is up, through the port, exactly once however often the sweep runs', async () => {
    const { result: extended } = await clocks.command(person('interviewer'), roundId, { type: 'extend', minutes: 5 });
    // Just before the deadline nothing is due.
    now = extended.deadline! - 1;
    await clocks.sweep();
    expect(port.published).toEqual([]);
    now = extended.deadline! + 1;
    await Promise.all([clocks.sweep(), clocks.sweep()]);
    await clocks.sweep();
    expect(port.published.map((f) => f.kind === 'emit' && f.event)).toEqual(['clock:ended', 'loop:changed']);
    expect(port.published[0]).toMatchObject(loopFact('clock:ended', { loopId: loop.loopId, roundId, serverNow: now, state: { status: 'ended', endReason: 'expired' } }));
    expect(await auditActions(handle.db, loop.loopId, 'clock.')).toEqual(['clock.started', 'clock.extended', 'clock.expired']);
  });
});
