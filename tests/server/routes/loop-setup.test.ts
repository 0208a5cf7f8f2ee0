import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiErrorBody, LoopView, type CreateLoopRequestInput } from '@mockloop/shared';
import { participants } from '../../../server/src/db/schema.js';
import { loopRequest } from '../../fixtures/loops.js';
import { api, createLoop } from '../../helpers/api.js';
import { startTestServer, type TestServer } from '../../helpers/server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

describe('POST /api/loops', () => {
  it('creates the loop with one link per person and stores only token hashes', async () => {
    const loop = await createLoop(server.url, loopRequest());
    // organizer + candidate + 5 interviewers + 1 shadow
    expect(loop.links.map((l) => l.role).sort()).toEqual([
      'candidate', 'interviewer', 'interviewer', 'interviewer', 'interviewer', 'interviewer', 'organizer', 'shadow',
    ]);
    for (const link of loop.links) {
      expect(Buffer.from(link.token, 'base64url').length * 8).toBeGreaterThanOrEqual(128);
      expect(link.url).toBe(`${server.url}/join#token=${link.token}`);
    }
    expect(new Set(loop.links.map((l) => l.token)).size).toBe(loop.links.length);
    const rows = await server.app.database.db.select().from(participants);
    const stored = JSON.stringify(rows);
    for (const link of loop.links) {
      expect(stored).not.toContain(link.token);
      expect(rows.some((r) => r.tokenHash === createHash('sha256').update(link.token).digest('hex'))).toBe(true);
    }
  });

  it('lays rounds out back to back in the chosen time zone and assigns LPs to every interviewer', async () => {
    const loop = await createLoop(server.url, loopRequest());
    const view = LoopView.parse((await api(server.url, `/api/loops/${loop.loopId}`, { token: loop.organizer.token })).body);
    // 10:00 in Berlin in December is 09:00 UTC; 60 min rounds with 10 min breaks.
    expect(view.rounds.map((r) => r.startsAt)).toEqual([
      '2026-12-05T09:00:00.000Z', '2026-12-05T10:10:00.000Z', '2026-12-05T11:20:00.000Z', '2026-12-05T12:30:00.000Z', '2026-12-05T13:40:00.000Z',
    ]);
    for (const round of view.rounds) expect(round.assignedLps!.length).toBeGreaterThanOrEqual(2);
    expect(view.organizer!.uncoveredLps).toEqual([]);
  });

  it("keeps the organizer's hand-made LP choices", async () => {
    const request = loopRequest();
    request.rounds[0] = { ...request.rounds[0]!, assignedLps: ['frugality', 'dive-deep'] };
    const loop = await createLoop(server.url, request);
    const view = LoopView.parse((await api(server.url, `/api/loops/${loop.loopId}`, { token: loop.organizer.token })).body);
    expect(view.rounds[0]!.assignedLps).toEqual(['frugality', 'dive-deep']);
  });

  const rounds = loopRequest().rounds;
  const cases: [string, CreateLoopRequestInput, string][] = [
    ['4 rounds', loopRequest({ rounds: rounds.slice(0, 4) }), 'body.rounds'],
    ['7 rounds', loopRequest({ rounds: [...rounds, rounds[0]!, rounds[1]!] }), 'body.rounds'],
    ['two Bar Raisers', loopRequest({ rounds: rounds.map((r, i) => ({ ...r, isBarRaiser: i >= 3 })) }), 'body.rounds.4.isBarRaiser'],
    ['no Bar Raiser', loopRequest({ rounds: rounds.map((r) => ({ ...r, isBarRaiser: false })) }), 'body.rounds.0.isBarRaiser'],
    [
      'phases not adding up',
      loopRequest({ rounds: rounds.map((r, i) => (i === 2 ? { ...r, phases: [{ key: 'intro', label: 'Intro', minutes: 5 }, { key: 'q', label: 'Questions', minutes: 50 }] } : r)) }),
      'body.rounds.2.phases',
    ],
    ['unknown LP id', loopRequest({ focusLps: ['customer-obsession', 'think-small' as never] }), 'body.focusLps.1'],
    ['empty candidate name', loopRequest({ candidate: { name: '   ' } }), 'body.candidate.name'],
    ['empty interviewer name', loopRequest({ rounds: rounds.map((r, i) => (i === 1 ? { ...r, interviewer: { name: '' } } : r)) }), 'body.rounds.1.interviewer.name'],
    ['overlong title', loopRequest({ rounds: rounds.map((r, i) => (i === 3 ? { ...r, title: 'x'.repeat(500) } : r)) }), 'body.rounds.3.title'],
    ['duration out of range', loopRequest({ rounds: rounds.map((r, i) => (i === 0 ? { ...r, durationMinutes: 120 } : r)) }), 'body.rounds.0.durationMinutes'],
    ['unknown time zone', loopRequest({ timeZone: 'Mars/Olympus' }), 'body.timeZone'],
    ['a date no calendar has', loopRequest({ startsAt: '2030-02-30T10:00' }), 'body.startsAt'],
    ['bad meeting link', loopRequest({ meetingUrl: 'javascript:alert(1)' }), 'body.meetingUrl'],
  ];
  it.each(cases)('refuses %s with a 400 naming the field', async (_name, body, field) => {
    const response = await api(server.url, '/api/loops', { method: 'POST', body });
    expect(response.status).toBe(400);
    const error = ApiErrorBody.parse(response.body).error;
    expect(error.code).toBe('bad-request');
    const paths = (error.details as { issues: { path: string }[] }).issues.map((i) => i.path);
    expect(paths).toContain(field);
  });
});

describe('invite links', () => {
  it('re-issuing a link kills the old one at once; revoking kills it too', async () => {
    const loop = await createLoop(server.url, loopRequest());
    const ana = loop.interviewer(1);
    expect((await api(server.url, '/api/session', { token: ana.token })).status).toBe(200);

    const reissued = await api(server.url, `/api/loops/${loop.loopId}/participants/${ana.participantId}/link`, { method: 'POST', token: loop.organizer.token, body: {} });
    expect(reissued.status).toBe(200);
    expect(reissued.body.token).not.toBe(ana.token);
    expect((await api(server.url, '/api/session', { token: ana.token })).status).toBe(401);
    expect((await api(server.url, `/api/loops/${loop.loopId}`, { token: ana.token })).status).toBe(401);
    expect((await api(server.url, '/api/session', { token: reissued.body.token })).status).toBe(200);

    const revoked = await api(server.url, `/api/loops/${loop.loopId}/participants/${ana.participantId}/link`, { method: 'DELETE', token: loop.organizer.token });
    expect(revoked.status).toBe(204);
    expect((await api(server.url, '/api/session', { token: reissued.body.token })).status).toBe(401);
  });

  it('only the organizer manages links', async () => {
    const loop = await createLoop(server.url, loopRequest());
    for (const link of [loop.candidate, loop.interviewer(1), loop.barRaiser, loop.shadow]) {
      const response = await api(server.url, `/api/loops/${loop.loopId}/participants/${loop.interviewer(2).participantId}/link`, { method: 'DELETE', token: link.token });
      expect(response.status, link.role).toBe(403);
    }
    expect((await api(server.url, '/api/session', { token: loop.interviewer(2).token })).status).toBe(200);
  });

  it('records when a link was first opened', async () => {
    const loop = await createLoop(server.url, loopRequest());
    await api(server.url, '/api/session', { token: loop.candidate.token });
    const view = LoopView.parse((await api(server.url, `/api/loops/${loop.loopId}`, { token: loop.organizer.token })).body);
    const status = view.organizer!.participants;
    expect(status.find((p) => p.id === loop.candidate.participantId)!.linkOpenedAt).not.toBeNull();
    expect(status.find((p) => p.id === loop.interviewer(3).participantId)!.linkOpenedAt).toBeNull();
  });

  it('refuses requests without a token, with a malformed one, or with an unknown one', async () => {
    const loop = await createLoop(server.url, loopRequest());
    expect((await api(server.url, `/api/loops/${loop.loopId}`)).status).toBe(401);
    expect((await api(server.url, `/api/loops/${loop.loopId}`, { token: 'short' })).status).toBe(401);
    expect((await api(server.url, `/api/loops/${loop.loopId}`, { token: 'A'.repeat(43) })).status).toBe(401);
  });
});

describe('role-scoped views of a loop', () => {
  it('gives each role exactly what it may see', async () => {
    const loop = await createLoop(server.url, loopRequest());
    const viewAs = async (token: string) => {
      const response = await api(server.url, `/api/loops/${loop.loopId}`, { token });
      expect(response.status).toBe(200);
      return { view: LoopView.parse(response.body), raw: response.text };
    };

    const organizer = await viewAs(loop.organizer.token);
    expect(organizer.view.viewer.role).toBe('organizer');
    expect(organizer.view.organizer!.participants).toHaveLength(loop.links.length);
    expect(organizer.view.organizer!.scorecards.map((s) => s.state)).toEqual(Array(5).fill('not-started'));

    const candidate = await viewAs(loop.candidate.token);
    expect(candidate.view.organizer).toBeUndefined();
    expect(candidate.raw).not.toMatch(/assignedLps|isBarRaiser"\s*:\s*true|focusLps|customer-obsession/);
    expect(candidate.view.rounds.map((r) => r.interviewerName)).toEqual(['Ana', 'Ben', 'Cleo', 'Dev', 'Eve']);

    for (const link of [loop.interviewer(1), loop.barRaiser, loop.shadow]) {
      const { view, raw } = await viewAs(link.token);
      expect(view.organizer, link.role).toBeUndefined();
      expect(raw).not.toMatch(/email|tokenHash|token_hash/);
      expect(view.rounds.every((r) => Array.isArray(r.assignedLps))).toBe(true);
      expect(view.viewer).toMatchObject({ participantId: link.participantId, isBarRaiser: link.isBarRaiser });
    }
  });

  it("answers a token of another loop with 404, so loops cannot be probed", async () => {
    const a = await createLoop(server.url, loopRequest());
    const b = await createLoop(server.url, loopRequest());
    for (const path of [`/api/loops/${a.loopId}`, `/api/loops/${a.loopId}/calendar.ics`]) {
      const response = await api(server.url, path, { token: b.organizer.token });
      expect(response.status).toBe(404);
      expect(ApiErrorBody.parse(response.body).error.code).toBe('not-found');
    }
    const crossRevoke = await api(server.url, `/api/loops/${b.loopId}/participants/${a.candidate.participantId}/link`, { method: 'DELETE', token: b.organizer.token });
    expect(crossRevoke.status).toBe(404);
    expect((await api(server.url, '/api/session', { token: a.candidate.token })).status).toBe(200);
  });
});

describe('calendar file', () => {
  it('lists every round at its time, for each participant', async () => {
    const loop = await createLoop(server.url, loopRequest({ meetingUrl: 'https://meet.example.org/x' }));
    const response = await api(server.url, `/api/loops/${loop.loopId}/calendar.ics`, { token: loop.interviewer(3).token });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/text\/calendar/);
    const unfolded = response.text.replace(/\r\n[ \t]/g, ''); // iCalendar folds long lines
    const events = unfolded.split('BEGIN:VEVENT').slice(1);
    expect(events).toHaveLength(5);
    expect(unfolded).toContain('DTSTART:20261205T090000Z');
    const third = events.find((e) => e.includes('DTSTART:20261205T112000Z'))!;
    expect(third).toContain('You interview');
    expect(events.filter((e) => e.includes('You interview'))).toHaveLength(1);
    expect(response.text).toContain('LOCATION:https://meet.example.org/x');
    expect((await api(server.url, `/api/loops/${loop.loopId}/calendar.ics`)).status).toBe(401);
  });

  it("does not tell the candidate the LPs or the Bar Raiser", async () => {
    const loop = await createLoop(server.url, loopRequest());
    const response = await api(server.url, `/api/loops/${loop.loopId}/calendar.ics`, { token: loop.candidate.token });
    expect(response.text.replace(/\r\n[ \t]/g, '')).not.toMatch(/Bar Raiser:|customer-obsession|Customer Obsession/);
  });
});

describe('privacy headers', () => {
  it('sends Referrer-Policy: no-referrer on pages and API answers', async () => {
    for (const path of ['/', '/join', '/api/health']) {
      const response = await fetch(server.url + path);
      expect(response.headers.get('referrer-policy'), path).toBe('no-referrer');
    }
  });
});

describe('rate limit on loop creation', () => {
  it('answers 429 in the error format once a client passes the limit', async () => {
    const limited = await startTestServer({ config: { loopCreationsPerMinute: 2 } });
    try {
      const statuses = [];
      for (let i = 0; i < 3; i++) statuses.push((await api(limited.url, '/api/loops', { method: 'POST', body: loopRequest() })).status);
      expect(statuses).toEqual([201, 201, 429]);
      const refused = await api(limited.url, '/api/demo', { method: 'POST', body: {} });
      expect(refused.status).toBe(201); // separate budget per route
    } finally {
      await limited.close();
    }
  });
});
