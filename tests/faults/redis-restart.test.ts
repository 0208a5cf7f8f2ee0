import { afterAll, beforeAll, expect, it } from 'vitest';
import { loopRequest } from '../fixtures/loops.js';
import { createLoop } from '../helpers/api.js';
import { createTestDatabase, type TestDatabase } from '../helpers/db.js';
import { describeWith, needs } from '../helpers/environment.js';
import { eventually, joinLive, nextFact } from '../helpers/live.js';
import { startPrivateRedis, type PrivateRedis } from '../helpers/private-redis.js';
import { roundIds } from '../helpers/scorecard.js';
import { startTestServer, type TestServer } from '../helpers/server.js';
import { closeAllClients, command } from '../helpers/socket.js';

/**
 * README, Scale-out: the processes' shared rooms survive a Redis restart. Two apps share a
 * Postgres database and a redis-server of the test's own, which is killed and started again
 * (empty: no persistence). Broadcasts from one process reach the other's clients again.
 */
describeWith([needs.postgres(), needs.redisServer()], 'scale-out through a Redis restart', () => {
  let redis: PrivateRedis;
  let database: TestDatabase;
  let a: TestServer;
  let b: TestServer;

  beforeAll(async () => {
    [redis, database] = await Promise.all([startPrivateRedis(), createTestDatabase()]);
    const shared = { database, config: { redisUrl: redis.url } };
    [a, b] = await Promise.all([startTestServer(shared), startTestServer(shared)]);
  });
  afterAll(async () => {
    closeAllClients();
    // Open defect in the close order: a process that answers another's presence request after
    // its own Redis client closed raises an unhandled rejection inside the adapter. Closing
    // one process at a time, once both see no sockets anywhere, keeps that out of the test.
    if (a && b) {
      await eventually(async () => (await a.app.io.fetchSockets()).length === 0 && (await b.app.io.fetchSockets()).length === 0, 10_000, 'every socket gone');
    }
    await a?.close();
    await b?.close();
    await redis?.kill();
    await database?.drop();
  });

  it('a pause issued on one process reaches clients of the other after Redis came back', async () => {
    const loop = await createLoop(a.url, loopRequest());
    const [roundId] = await roundIds(a.url, loop.loopId, loop.organizer.token);
    const onA = await joinLive(a.url, loop.candidate.token);
    const onB = await joinLive(b.url, loop.interviewer(1).token);
    const startedOnA = nextFact(onA.socket, 'clock:started', 10_000);
    expect((await command(onB.socket, 'clock:start', { roundId: roundId! })).ok).toBe(true);
    await startedOnA;

    await redis.kill();
    await redis.start();

    // The Redis clients reconnect on their own; until then a broadcast may not cross over, so
    // pause and resume until one does, then check the next one arrives too.
    let paused = false;
    await eventually(
      async () => {
        const fact = nextFact(onA.socket, paused ? 'clock:resumed' : 'clock:paused', 1_000).then(() => true, () => false);
        const ack = await command(onB.socket, paused ? 'clock:resume' : 'clock:pause', { roundId: roundId! });
        expect(ack.ok).toBe(true);
        paused = !paused;
        return fact;
      },
      20_000,
      'a broadcast from B to reach A after the restart',
    );
    const next = nextFact(onA.socket, paused ? 'clock:resumed' : 'clock:paused', 5_000);
    expect((await command(onB.socket, paused ? 'clock:resume' : 'clock:pause', { roundId: roundId! })).ok).toBe(true);
    await next;
    // Both sockets stayed connected through the outage.
    expect(onA.socket.connected && onB.socket.connected).toBe(true);
  });
});
