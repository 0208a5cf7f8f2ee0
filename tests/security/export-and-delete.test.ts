import { sql } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ApiErrorBody, LoopExport } from '@mockloop/shared';
import { hashToken } from '../../server/src/domain/invite-token.js';
import { rowsOf } from '../../server/src/db/database.js';
import { loopRequest } from '../fixtures/loops.js';
import { api, createLoop } from '../helpers/api.js';
import { fingerprint } from '../helpers/db-fingerprint.js';
import { startTestServer, type TestServer } from '../helpers/server.js';
import { closeAllClients, command, connected, createClient } from '../helpers/socket.js';
import { createWorld } from './world.js';

/** The organizer's data rights: export a loop as JSON, then delete every trace of it but the audit line. */

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

describe('export', () => {
  it('gives the organizer the whole loop as JSON, with no token and no token hash in it', async () => {
    const w = await createWorld(server.url, otherToken, 'published');
    const response = await api(server.url, `/api/loops/${w.loopId}/export`, { token: w.tokens.organizer });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toContain('attachment');
    const exported = LoopExport.parse(response.body);
    expect(exported.feedbackIncluded, 'the published feedback is in it').toBe(true);
    expect(exported.loop.id).toBe(w.loopId);
    expect(exported.rounds).toHaveLength(5);
    expect(exported.participants.map((p) => p.name)).toEqual(expect.arrayContaining(['Priya Raman', 'Sam Ortiz', 'Ana', 'Eve', 'Sid', 'Rex']));
    expect(exported.participants.find((p) => p.name === 'Rex')!.revokedAt).not.toBeNull();
    // The organizer may be the candidate: even after publication the export holds what the
    // organizer sees elsewhere (people, schedule, progress, the published feedback), never
    // scorecard content, private story notes or who voted what.
    expect(exported.scorecards.map((c) => c.status)).toEqual(expect.arrayContaining(['submitted']));
    for (const card of exported.scorecards) expect(card).not.toHaveProperty('content');
    expect(exported.votes).toEqual([]);
    expect(exported.debrief).toMatchObject({ phase: 'published', decision: null, rationale: null, reads: [] });
    expect(exported.debrief!.publishedFeedback).toMatchObject({ strengths: ['Owns outcomes'] });
    expect(response.text).not.toContain(w.secret);
    expect(response.text).not.toContain('private note');
    expect(exported.auditLog.map((e) => e.action)).toContain('debrief.published');
    for (const link of w.loop.links) {
      expect(response.text).not.toContain(link.token);
      expect(response.text).not.toContain(hashToken(link.token));
    }
    expect(response.text).not.toMatch(/token_?hash/i);
    w.close();
  });

  it('withholds scorecards until the debrief is published: the organizer may be the candidate', async () => {
    const w = await createWorld(server.url, otherToken, 'card-complete');
    const response = await api(server.url, `/api/loops/${w.loopId}/export`, { token: w.tokens.organizer });
    const exported = LoopExport.parse(response.body);
    expect(exported.feedbackIncluded).toBe(false);
    expect(exported.scorecards).toHaveLength(1);
    expect(exported.scorecards[0]).not.toHaveProperty('content');
    expect(exported.votes).toEqual([]);
    expect(response.text).not.toContain(w.secret);
    w.close();
  });
});

describe('delete', () => {
  it('removes the loop and everything under it, stories included, leaving the database as before it existed', async () => {
    const db = server.app.database.db;
    // Everything but the append-only audit log, which keeps one line saying the loop was deleted,
    // and story banks: the world's candidate made one, and a bank belongs to its owner link, not to a loop.
    const before = await fingerprint(db, { except: ['audit_log', 'banks'] });
    const w = await createWorld(server.url, otherToken, 'published');
    const organizer = await w.socket('organizer');
    await command(organizer, 'clock:start', { roundId: w.rounds[1]! }); // a live clock with its timer armed
    await api(server.url, `/api/loops/${w.loopId}/questions`, { method: 'POST', token: w.tokens.organizer, body: { kind: 'writing', lps: ['frugality'], text: 'Write a memo cutting the budget by a fifth.' } });
    expect((await fingerprint(db, { except: ['audit_log', 'banks'] })).stories!.rows).toBeGreaterThan(before.stories!.rows);

    const sockets = await Promise.all((['candidate', 'interviewer-of-this-round', 'bar-raiser', 'shadow'] as const).map((role) => w.socket(role)));
    const dropped = Promise.all([organizer, ...sockets].map((s) => new Promise((resolve) => s.once('disconnect', resolve))));
    const response = await api(server.url, `/api/loops/${w.loopId}`, { method: 'DELETE', token: w.tokens.organizer });
    expect(response.status).toBe(204);
    await dropped;

    expect(await fingerprint(db, { except: ['audit_log', 'banks'] })).toEqual(before);
    expect((await api(server.url, '/api/bank', { token: w.bank.ownerToken })).status).toBe(200);
    const audit = rowsOf<{ action: string; actor_role: string; detail: Record<string, number> }>(
      await db.execute(sql`select action, actor_role, detail from audit_log where loop_id = ${w.loopId} order by id`),
    );
    expect(audit.at(-1)).toMatchObject({ action: 'loop.deleted', actor_role: 'organizer', detail: { rounds: 5, scorecards: 5, stories: 5 } });
    // The clock's timer finds nothing to end, and the sweep is quiet.
    await expect(server.app.clocks.sweep()).resolves.toBeUndefined();
    w.close();
  });

  it('kills every link of the loop: HTTP answers 401 and sockets are refused at the handshake', async () => {
    const w = await createWorld(server.url, otherToken, 'card-open');
    expect((await api(server.url, `/api/loops/${w.loopId}`, { method: 'DELETE', token: w.tokens.organizer })).status).toBe(204);
    for (const link of w.loop.links) {
      const session = await api(server.url, '/api/session', { token: link.token });
      expect(session.status, link.name).toBe(401);
      expect(ApiErrorBody.parse(session.body).error.code).toBe('unauthorized');
      expect((await api(server.url, `/api/loops/${w.loopId}`, { token: link.token })).status, link.name).toBe(401);
    }
    await expect(connected(createClient(server.url, { token: w.tokens.candidate }))).rejects.toThrow(/unauthorized/);
    // The other loop is untouched.
    expect((await api(server.url, '/api/session', { token: otherToken })).status).toBe(200);
    // A second delete finds nothing to delete.
    expect((await api(server.url, `/api/loops/${w.loopId}`, { method: 'DELETE', token: w.tokens.organizer })).status).toBe(401);
    w.close();
  });
});
