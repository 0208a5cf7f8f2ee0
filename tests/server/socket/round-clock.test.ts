import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ClockSync, remainingMs, type ClockState } from '@mockloop/shared';
import { auditLog } from '../../../server/src/db/schema.js';
import { loopRequest } from '../../fixtures/loops.js';
import { createLoop } from '../../helpers/api.js';
import { createTestDatabase } from '../../helpers/db.js';
import { clockOf, eventually, joinLive, nextFact } from '../../helpers/live.js';
import { startTestServer, type TestServer } from '../../helpers/server.js';
import { closeAllClients, command } from '../../helpers/socket.js';

// The server's clock can be moved forward, so a 60-minute round ends in milliseconds.
let skewMs = 0;
const now = () => Date.now() + skewMs;

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ now, clockSweepMs: 50 });
});
afterEach(() => {
  closeAllClients();
  skewMs = 0;
});
afterAll(async () => {
  await server.close();
});

async function liveLoop() {
  const loop = await createLoop(server.url, loopRequest());
  const interviewer = await joinLive(server.url, loop.interviewer(1).token);
  const candidate = await joinLive(server.url, loop.candidate.token);
  const view = await (await fetch(`${server.url}/api/loops/${loop.loopId}`, { headers: { authorization: `Bearer ${loop.organizer.token}` } })).json();
  return { loop, interviewer, candidate, round1: view.rounds[0].id as string, round2: view.rounds[1].id as string };
}

async function ok<T>(ack: Promise<{ ok: true; data: T } | { ok: false; error: { code: string; message: string } }>): Promise<T> {
  const result = await ack;
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.data;
}

describe('round clock over real sockets', () => {
  it('two clients in a room see the same transitions', async () => {
    const { interviewer, candidate, round1 } = await liveLoop();
    const candidateSawStart = nextFact(candidate.socket, 'clock:started');
    const started = await ok(command(interviewer.socket, 'clock:start', { roundId: round1 }));
    expect((await candidateSawStart).state).toEqual(started);

    const candidateSawPause = nextFact(candidate.socket, 'clock:paused');
    const paused = await ok(command(interviewer.socket, 'clock:pause', { roundId: round1 }));
    expect((await candidateSawPause).state).toEqual(paused);
    expect(paused.status).toBe('paused');
    await eventually(() => interviewer.facts.length === 2 && candidate.facts.length === 2, 2000, 'both to hear both facts');
    expect(interviewer.facts.map((f) => f.type)).toEqual(candidate.facts.map((f) => f.type));
  });

  it('lets the interviewer pause, resume, extend and end, and tells everyone', async () => {
    const { interviewer, round1 } = await liveLoop();
    await ok(command(interviewer.socket, 'clock:start', { roundId: round1 }));
    await ok(command(interviewer.socket, 'clock:pause', { roundId: round1 }));
    const resumed = await ok(command(interviewer.socket, 'clock:resume', { roundId: round1 }));
    const extended = await ok(command(interviewer.socket, 'clock:extend', { roundId: round1, minutes: 5 }));
    expect(extended.deadline! - resumed.deadline!).toBe(5 * 60_000);
    expect(extended.durationMs).toBe(65 * 60_000);
    const ended = await ok(command(interviewer.socket, 'clock:end', { roundId: round1 }));
    expect(ended).toMatchObject({ status: 'ended', endReason: 'ended-early' });
    const again = await command(interviewer.socket, 'clock:pause', { roundId: round1 });
    expect(again).toMatchObject({ ok: false, error: { code: 'invalid-transition' } });
  });

  it('refuses clock control to the candidate, shadows and other interviewers, and lets the organizer in', async () => {
    const { loop, candidate, round1, round2 } = await liveLoop();
    for (const who of [candidate, await joinLive(server.url, loop.shadow.token), await joinLive(server.url, loop.interviewer(2).token)]) {
      const ack = await command(who.socket, 'clock:start', { roundId: round1 });
      expect(ack).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    const organizer = await joinLive(server.url, loop.organizer.token);
    expect((await command(organizer.socket, 'clock:start', { roundId: round2 })).ok).toBe(true);

    const other = await createLoop(server.url, loopRequest());
    const stranger = await joinLive(server.url, other.organizer.token);
    expect(await command(stranger.socket, 'clock:pause', { roundId: round2 })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(await command(stranger.socket, 'clock:start', { roundId: 'not-a-uuid' } as never)).toMatchObject({ ok: false, error: { code: 'bad-request' } });
  });

  it('a client whose clock is an hour wrong computes the right remaining time', async () => {
    const { interviewer, candidate, round1 } = await liveLoop();
    const clientNow = () => Date.now() + 3_600_000; // the candidate's computer is an hour fast
    const sync = new ClockSync();
    for (let i = 0; i < 5; i++) {
      const clientSendAt = clientNow();
      const pong = await ok(command(candidate.socket, 'time:ping', { clientSendAt }));
      sync.addSample({ clientSendAt, serverAt: pong.serverAt, clientReceiveAt: clientNow() });
    }
    const state: ClockState = await ok(command(interviewer.socket, 'clock:start', { roundId: round1 }));
    const seenByClient = remainingMs(state, sync.serverNow(clientNow()));
    const truth = remainingMs(state, now());
    expect(Math.abs(seenByClient - truth)).toBeLessThan(100);
    expect(Math.abs(remainingMs(state, clientNow()) - truth)).toBeGreaterThan(3_000_000); // naive use would be wrong
  });

  it('a round expires on the server while nobody is connected, and the expiry is seen on reconnect', async () => {
    const { loop, interviewer, candidate, round1 } = await liveLoop();
    await ok(command(interviewer.socket, 'clock:start', { roundId: round1 }));
    interviewer.socket.disconnect();
    candidate.socket.disconnect();
    skewMs = 61 * 60_000;
    await eventually(async () => {
      const rows = await server.app.database.db.select().from(auditLog);
      return rows.some((r) => r.action === 'clock.expired' && r.detail.roundId === round1);
    }, 5000, 'the expiry to be recorded');
    const back = await joinLive(server.url, loop.candidate.token);
    expect(await clockOf(back.socket, round1)).toMatchObject({ status: 'ended', endReason: 'expired' });
  });

  it('presence drops a client that disconnects', async () => {
    const { loop, candidate } = await liveLoop();
    const organizer = await joinLive(server.url, loop.organizer.token);
    const candidateId = loop.candidate.participantId;
    const isOnline = () => organizer.presence.at(-1)?.entries.find((e) => e.participantId === candidateId)?.online;
    await eventually(() => isOnline() === true, 3000, 'candidate online');
    candidate.socket.disconnect();
    await eventually(() => isOnline() === false, 3000, 'candidate offline');
  });
});

describe('presence privacy', () => {
  it("never tells the candidate who the Bar Raiser is, while others see it", async () => {
    const loop = await createLoop(server.url, loopRequest());
    const organizer = await joinLive(server.url, loop.organizer.token);
    const candidate = await joinLive(server.url, loop.candidate.token);
    await joinLive(server.url, loop.barRaiser.token);
    const barRaiserOnline = (list: typeof organizer.presence) =>
      list.at(-1)?.entries.find((e) => e.participantId === loop.barRaiser.participantId)?.online === true;
    await eventually(() => barRaiserOnline(organizer.presence) && barRaiserOnline(candidate.presence), 3000, 'both to see the Bar Raiser online');
    expect(organizer.presence.at(-1)!.entries.some((e) => e.isBarRaiser)).toBe(true);
    expect(candidate.presence.flatMap((p) => p.entries).some((e) => e.isBarRaiser)).toBe(false);
    const ack = await command(candidate.socket, 'live:snapshot', {});
    expect(ack.ok && ack.data.presence.some((e) => e.isBarRaiser)).toBe(false);
  });
});

describe('restart', () => {
  it('keeps the deadline of a running round across a server restart', async () => {
    const database = await createTestDatabase({ onDisk: true });
    try {
      const first = await startTestServer({ database });
      const loop = await createLoop(first.url, loopRequest());
      const view = await (await fetch(`${first.url}/api/loops/${loop.loopId}`, { headers: { authorization: `Bearer ${loop.organizer.token}` } })).json();
      const roundId = view.rounds[0].id as string;
      const interviewer = await joinLive(first.url, loop.interviewer(1).token);
      const started = await ok(command(interviewer.socket, 'clock:start', { roundId }));
      await first.close();

      const second = await startTestServer({ database });
      const again = await joinLive(second.url, loop.candidate.token);
      const after = await clockOf(again.socket, roundId);
      expect(after.status).toBe('running');
      expect(Math.abs(after.deadline! - started.deadline!)).toBeLessThan(1000);
      await second.close();
    } finally {
      closeAllClients();
      await database.drop();
    }
  });
});
