import postgres from 'postgres';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { loopRequest } from '../../fixtures/loops.js';
import { createLoop } from '../../helpers/api.js';
import { startChildServer, stopChildServer, type ChildServer } from '../../helpers/child-server.js';
import { createTestDatabase, TEST_REDIS_URL, type TestDatabase } from '../../helpers/db.js';
import { describeWith, needs } from '../../helpers/environment.js';
import { eventually, joinLive, nextFact } from '../../helpers/live.js';
import { closeAllClients, command } from '../../helpers/socket.js';

/**
 * Two real server processes (the production entry point, each in its own child process)
 * sharing one Postgres database and one Redis, as README's Scale-out section describes.
 */
describeWith([needs.postgres(), needs.redis()], 'two server processes sharing Postgres and Redis', () => {
  let database: TestDatabase;
  let a: ChildServer;
  let b: ChildServer;
  let sql: postgres.Sql;

  beforeAll(async () => {
    database = await createTestDatabase();
    const env = { DATABASE_URL: database.databaseUrl!, REDIS_URL: TEST_REDIS_URL!, LOG_LEVEL: 'warn', LOOP_CREATIONS_PER_MINUTE: '1000' };
    [a, b] = await Promise.all([startChildServer(env), startChildServer(env)]);
    sql = postgres(database.databaseUrl!, { max: 1, onnotice: () => {} });
  });
  afterAll(async () => {
    closeAllClients();
    await Promise.all([a && stopChildServer(a), b && stopChildServer(b)]);
    await sql?.end();
    await database?.drop();
  });

  async function firstRounds(loopId: string, token: string): Promise<string[]> {
    const view = await (await fetch(`${a.url}/api/loops/${loopId}`, { headers: { authorization: `Bearer ${token}` } })).json();
    return view.rounds.map((round: { id: string }) => round.id);
  }

  it('a client on process A sees a pause issued on process B', async () => {
    const loop = await createLoop(a.url, loopRequest());
    const [roundId] = await firstRounds(loop.loopId, loop.organizer.token);
    const onA = await joinLive(a.url, loop.candidate.token);
    const onB = await joinLive(b.url, loop.interviewer(1).token);
    const startedOnA = nextFact(onA.socket, 'clock:started', 15_000);
    expect((await command(onB.socket, 'clock:start', { roundId: roundId! })).ok).toBe(true);
    await startedOnA;
    const pausedOnA = nextFact(onA.socket, 'clock:paused', 15_000);
    const ack = await command(onB.socket, 'clock:pause', { roundId: roundId! });
    expect(ack.ok).toBe(true);
    expect((await pausedOnA).state).toEqual(ack.ok ? ack.data : null);
  });

  it('presence spans both processes', async () => {
    const loop = await createLoop(a.url, loopRequest());
    const organizer = await joinLive(a.url, loop.organizer.token);
    await joinLive(b.url, loop.shadow.token);
    await eventually(
      () => organizer.presence.at(-1)?.entries.find((e) => e.participantId === loop.shadow.participantId)?.online === true,
      15_000,
      'the shadow on B to show as online on A',
    );
  });

  it('an expiry fires exactly once, though both processes see it due', async () => {
    const loop = await createLoop(a.url, loopRequest());
    const [, roundId] = await firstRounds(loop.loopId, loop.organizer.token);
    const onA = await joinLive(a.url, loop.candidate.token);
    const onB = await joinLive(b.url, loop.interviewer(2).token);
    expect((await command(onB.socket, 'clock:start', { roundId: roundId! })).ok).toBe(true);
    // As if the round had started 61 minutes ago: both processes' sweeps now race to end it.
    await sql`update round_clocks set started_at = started_at - interval '61 minutes', deadline = deadline - interval '61 minutes' where round_id = ${roundId!}`;
    await eventually(() => onA.facts.some((f) => f.type === 'clock:ended') && onB.facts.some((f) => f.type === 'clock:ended'), 15_000, 'the round to end on both');
    // A duplicate can only be shown absent after both sweeps (once a second) ran again.
    await new Promise((resolve) => setTimeout(resolve, 2_500));
    const expired = await sql`select 1 from audit_log where action = 'clock.expired' and detail->>'roundId' = ${roundId!}`;
    expect(expired).toHaveLength(1);
    expect(onA.facts.filter((f) => f.type === 'clock:ended' && f.fact.roundId === roundId)).toHaveLength(1);
    expect(onB.facts.filter((f) => f.type === 'clock:ended' && f.fact.roundId === roundId)).toHaveLength(1);
  });
});
