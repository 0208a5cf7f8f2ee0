import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../../server/src/db/schema.js';
import { loopRequest } from '../../fixtures/loops.js';
import { createLoop } from '../../helpers/api.js';
import { createTestDatabase, TEST_DATABASE_URL, TEST_REDIS_URL, type TestDatabase } from '../../helpers/db.js';
import { eventually, joinLive, nextFact } from '../../helpers/live.js';
import { startTestServer, type TestServer } from '../../helpers/server.js';
import { closeAllClients, command } from '../../helpers/socket.js';

// Two server processes' worth of app in one test: one Postgres database, one Redis stream.
const ready = Boolean(TEST_DATABASE_URL && TEST_REDIS_URL);
if (!ready) console.info('skipped: scale-out tests need TEST_DATABASE_URL and TEST_REDIS_URL');

let skewMs = 0;
const now = () => Date.now() + skewMs;
let database: TestDatabase;
let a: TestServer;
let b: TestServer;

describe.skipIf(!ready)('two server processes sharing Postgres and Redis', () => {
  beforeAll(async () => {
    database = await createTestDatabase();
    const shared = { database, now, clockSweepMs: 50, redisStreamName: `mockloop-test-${randomBytes(4).toString('hex')}`, config: { redisUrl: TEST_REDIS_URL } };
    a = await startTestServer(shared);
    b = await startTestServer(shared);
  });
  afterAll(async () => {
    closeAllClients();
    await a?.close();
    await b?.close();
    await database?.drop();
  });

  it('a client on process A sees a pause issued on process B', async () => {
    const loop = await createLoop(a.url, loopRequest());
    const view = await (await fetch(`${a.url}/api/loops/${loop.loopId}`, { headers: { authorization: `Bearer ${loop.organizer.token}` } })).json();
    const roundId = view.rounds[0].id as string;
    const onA = await joinLive(a.url, loop.candidate.token);
    const onB = await joinLive(b.url, loop.interviewer(1).token);
    const startedOnA = nextFact(onA.socket, 'clock:started');
    expect((await command(onB.socket, 'clock:start', { roundId })).ok).toBe(true);
    await startedOnA;
    const pausedOnA = nextFact(onA.socket, 'clock:paused');
    const ack = await command(onB.socket, 'clock:pause', { roundId });
    expect(ack.ok).toBe(true);
    expect((await pausedOnA).state).toEqual(ack.ok ? ack.data : null);
  });

  it('presence spans both processes', async () => {
    const loop = await createLoop(a.url, loopRequest());
    const organizer = await joinLive(a.url, loop.organizer.token);
    await joinLive(b.url, loop.shadow.token);
    await eventually(
      () => organizer.presence.at(-1)?.entries.find((e) => e.participantId === loop.shadow.participantId)?.online === true,
      5000,
      'the shadow on B to show as online on A',
    );
  });

  it('an expiry fires exactly once', async () => {
    const loop = await createLoop(a.url, loopRequest());
    const view = await (await fetch(`${a.url}/api/loops/${loop.loopId}`, { headers: { authorization: `Bearer ${loop.organizer.token}` } })).json();
    const roundId = view.rounds[1].id as string;
    const onA = await joinLive(a.url, loop.candidate.token);
    const onB = await joinLive(b.url, loop.interviewer(2).token);
    expect((await command(onB.socket, 'clock:start', { roundId })).ok).toBe(true);
    skewMs = 61 * 60_000; // both processes now see the deadline passed and race to end the round
    await eventually(() => onA.facts.some((f) => f.type === 'clock:ended'), 5000, 'the round to end');
    await new Promise((resolve) => setTimeout(resolve, 500)); // time for any duplicate to show up
    const rows = await a.app.database.db.select().from(auditLog);
    expect(rows.filter((r) => r.action === 'clock.expired' && r.detail.roundId === roundId)).toHaveLength(1);
    expect(onA.facts.filter((f) => f.type === 'clock:ended' && f.fact.roundId === roundId)).toHaveLength(1);
    expect(onB.facts.filter((f) => f.type === 'clock:ended' && f.fact.roundId === roundId)).toHaveLength(1);
    skewMs = 0;
  });
});
