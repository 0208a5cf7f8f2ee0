import { sql } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { AuditLog } from '@mockloop/shared';
import { loopRequest } from '../fixtures/loops.js';
import { api, createLoop } from '../helpers/api.js';
import { startTestServer, type TestServer } from '../helpers/server.js';
import { closeAllClients, command } from '../helpers/socket.js';
import { createWorld } from './world.js';

/**
 * Who did what: creating, revoking and re-issuing links, every clock control, submitting,
 * opening, deciding and publishing the debrief, exporting and deleting, each with the actor's
 * role and name and the time, readable by the organizer and the Bar Raiser only.
 */

let server: TestServer;
let otherToken: string;
beforeAll(async () => {
  server = await startTestServer();
  otherToken = (await createLoop(server.url, loopRequest())).organizer.token;
});
afterEach(() => closeAllClients());
afterAll(async () => {
  await server.close();
});

describe('audit log', () => {
  it('records every sensitive action with the actor, their role and the time, in order', async () => {
    const startedAt = Date.now();
    const w = await createWorld(server.url, otherToken, 'published');
    const [round1, round2] = w.rounds as [string, string];
    const organizer = await w.socket('organizer');
    const interviewer = await w.socket('interviewer-of-this-round');
    for (const [socket, event, payload] of [
      [organizer, 'clock:start', { roundId: round2 }],
      [organizer, 'clock:pause', { roundId: round2 }],
      [organizer, 'clock:resume', { roundId: round2 }],
      [organizer, 'clock:extend', { roundId: round2, minutes: 5 }],
      [interviewer, 'clock:start', { roundId: round1 }],
      [interviewer, 'clock:end', { roundId: round1 }],
    ] as const) {
      expect((await command(socket, event as 'clock:start', payload as { roundId: string })).ok, event).toBe(true);
    }
    expect((await api(server.url, `/api/loops/${w.loopId}/participants/${w.linkTarget}/link`, { method: 'POST', token: w.tokens.organizer, body: {} })).status).toBe(200);
    expect((await api(server.url, `/api/loops/${w.loopId}/export`, { token: w.tokens.organizer })).status).toBe(200);

    const response = await api(server.url, `/api/loops/${w.loopId}/audit`, { token: w.tokens.organizer });
    expect(response.status).toBe(200);
    const log = AuditLog.parse(response.body);
    const lines = log.entries.map((e) => `${e.action} by ${e.actorRole}${e.actorIsBarRaiser ? ' (Bar Raiser)' : ''} ${e.actorName ?? '-'}`);
    expect(lines).toEqual([
      'loop.created by organizer Priya Raman',
      'link.revoked by organizer Priya Raman',
      ...['Ana', 'Ben', 'Cleo', 'Dev'].map((name) => `scorecard.submitted by interviewer ${name}`),
      'scorecard.submitted by interviewer (Bar Raiser) Eve',
      'debrief.opened by interviewer (Bar Raiser) Eve',
      'debrief.decided by interviewer (Bar Raiser) Eve',
      'debrief.published by interviewer (Bar Raiser) Eve',
      // Every world has a writing exercise (world.ts).
      'writing.set-up by organizer Priya Raman',
      'clock.started by organizer Priya Raman',
      'clock.paused by organizer Priya Raman',
      'clock.resumed by organizer Priya Raman',
      'clock.extended by organizer Priya Raman',
      'clock.started by interviewer Ana',
      'clock.ended by interviewer Ana',
      'link.reissued by organizer Priya Raman',
      'loop.exported by organizer Priya Raman',
    ]);
    // Oldest first, stamped with the time, and carrying ids (never content).
    const times = log.entries.map((e) => Date.parse(e.at));
    expect([...times].sort((a, b) => a - b)).toEqual(times);
    expect(times[0]).toBeGreaterThanOrEqual(startedAt - 1000);
    expect(times.at(-1)).toBeLessThanOrEqual(Date.now() + 1000);
    expect(log.entries.find((e) => e.action === 'clock.extended')!.detail).toEqual({ roundId: round2, minutes: 5 });
    expect(log.entries.find((e) => e.action === 'link.revoked')!.detail).toHaveProperty('participantId');
    expect(log.entries.find((e) => e.action === 'scorecard.submitted')!.detail).toEqual({ scorecardId: w.cards[1] });
    expect(response.text).not.toContain(w.secret);

    // The Bar Raiser reads the same log; nobody else does.
    const barRaiser = await api(server.url, `/api/loops/${w.loopId}/audit`, { token: w.tokens['bar-raiser'] });
    expect(AuditLog.parse(barRaiser.body).entries.length).toBe(log.entries.length);
    for (const role of ['candidate', 'interviewer-of-this-round', 'shadow'] as const) {
      expect((await api(server.url, `/api/loops/${w.loopId}/audit`, { token: w.tokens[role] })).status, role).toBe(403);
    }
    w.close();
  });

  it('cannot be rewritten: the table refuses UPDATE and DELETE, even from the server', async () => {
    const loop = await createLoop(server.url, loopRequest());
    const db = server.app.database.db;
    await expect(db.execute(sql`update audit_log set action = 'nothing' where loop_id = ${loop.loopId}`)).rejects.toThrow();
    await expect(db.execute(sql`delete from audit_log where loop_id = ${loop.loopId}`)).rejects.toThrow();
    const log = AuditLog.parse((await api(server.url, `/api/loops/${loop.loopId}/audit`, { token: loop.organizer.token })).body);
    expect(log.entries.map((e) => e.action)).toEqual(['loop.created']);
  });
});
