import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PresenceEntry } from '@mockloop/shared';
import { createLoop } from '../../../server/src/application/loops.js';
import { enterRoom, liveSnapshot, presenceChanged, sessionConnected } from '../../../server/src/application/presence.js';
import { openDatabase, type DatabaseHandle } from '../../../server/src/db/database.js';
import { demoLoopRequest } from '../../../server/src/domain/demo-loop.js';
import { principalOf, type Principal } from '../../../server/src/domain/principal.js';
import type { CreatedLoop } from '../../../server/src/repositories/loops.js';
import { createTestDatabase, type TestDatabase } from '../../helpers/db.js';

/**
 * Presence as use cases: who is connected comes from a port (here a plain map standing in
 * for the sockets), the people and rounds from a real database.
 */
const NOW = Date.parse('2026-03-02T15:00:00Z');

let testDb: TestDatabase;
let handle: DatabaseHandle;
let loop: CreatedLoop;
let other: CreatedLoop;
const online = new Map<string, string | null>();
let deps: { db: DatabaseHandle['db']; now: () => number; connected: () => Promise<Map<string, string | null>> };

const person = (of: CreatedLoop, match: (p: CreatedLoop['participants'][number]) => boolean): Principal =>
  principalOf({ ...of.participants.find(match)!, loopId: of.loopId });
const barRaiser = () => person(loop, (p) => p.isBarRaiser);
const candidate = () => person(loop, (p) => p.role === 'candidate');
const payloadTo = (facts: Awaited<ReturnType<typeof presenceChanged>>['facts'], room: string) =>
  facts.flatMap((f) => (f.kind === 'emit' && f.rooms.includes(room) ? [f.payload as { entries: PresenceEntry[] }] : []))[0];

beforeAll(async () => {
  testDb = await createTestDatabase();
  handle = await openDatabase({ databaseUrl: testDb.databaseUrl, dataDir: testDb.dataDir });
  deps = { db: handle.db, now: () => NOW, connected: async () => online };
  [loop, other] = [(await createLoop(deps, demoLoopRequest(new Date(NOW)))).result, (await createLoop(deps, demoLoopRequest(new Date(NOW)))).result];
});

afterAll(async () => {
  await handle?.close();
  await testDb?.drop();
});

describe('presence', () => {
  it('tells every role who is online, and the candidate without who the Bar Raiser is', async () => {
    online.set(barRaiser().participantId, null);
    const { facts } = await presenceChanged(deps, loop.loopId);
    const whole = payloadTo(facts, `loop:${loop.loopId}:interviewer`)!.entries;
    const forCandidate = payloadTo(facts, `loop:${loop.loopId}:candidate`)!.entries;
    expect(whole.find((e) => e.participantId === barRaiser().participantId)).toMatchObject({ online: true, isBarRaiser: true });
    expect(forCandidate.find((e) => e.participantId === barRaiser().participantId)).toMatchObject({ online: true, isBarRaiser: false });
    expect(forCandidate.some((e) => e.isBarRaiser)).toBe(false);
  });

  it("places the caller in a round of their loop, and refuses another loop's round without placing", async () => {
    const me = candidate();
    const placed: (string | null)[] = [];
    const place = (roundId: string | null) => {
      placed.push(roundId);
      online.set(me.participantId, roundId);
    };
    const roundId = loop.roundIds[0]!;
    const { result } = await enterRoom({ ...deps, place }, me, roundId);
    expect(result.find((e) => e.participantId === me.participantId)).toMatchObject({ online: true, roundId });
    await expect(enterRoom({ ...deps, place }, me, other.roundIds[0]!)).rejects.toMatchObject({ code: 'not-found' });
    expect(placed).toEqual([roundId]);
  });

  it("records a first connection and answers a snapshot scoped to the viewer", async () => {
    const me = candidate();
    const { facts } = await sessionConnected(deps, me);
    expect(facts.map((f) => f.kind === 'emit' && f.event)).toContain('loop:changed');
    const { result: snapshot } = await liveSnapshot(deps, me);
    expect(snapshot).toMatchObject({ loopId: loop.loopId, serverNow: NOW });
    expect(snapshot.presence.some((e) => e.isBarRaiser)).toBe(false);
    expect(snapshot.clocks.length).toBeGreaterThan(0);
  });
});
