import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ApiErrorBody, TEXT_LIMITS } from '@mockloop/shared';
import { COMMAND_LIMITS } from '../../server/src/socket/command-limits.js';
import { REQUESTS_PER_MINUTE } from '../../server/src/plugins/security.js';
import { loopRequest } from '../fixtures/loops.js';
import { api, createLoop } from '../helpers/api.js';
import { openCard, roundIds } from '../helpers/scorecard.js';
import { startTestServer, type TestServer } from '../helpers/server.js';
import { closeAllClients, command, connected, createClient, type TestClient } from '../helpers/socket.js';

/** The limits that keep one client from taking the server, or the database, with it. */

let server: TestServer;
let loop: Awaited<ReturnType<typeof createLoop>>;
let rounds: string[];
beforeAll(async () => {
  server = await startTestServer({ config: { publicUrl: 'https://mockloop.example.org' } });
  loop = await createLoop(server.url, loopRequest());
  rounds = await roundIds(server.url, loop.loopId, loop.organizer.token);
});
afterEach(() => closeAllClients());
afterAll(async () => {
  await server.close();
});

const raw = (socket: TestClient) => socket as unknown as { timeout(ms: number): { emitWithAck(event: string, ...args: unknown[]): Promise<any> } };

async function connect(token: string) {
  const socket = createClient(server.url, { token });
  await connected(socket);
  return socket;
}

describe('Socket.IO payload size (64 KB)', () => {
  it('drops only the socket that sends more than 64 KB; everyone else carries on', async () => {
    const bystander = await connect(loop.candidate.token);
    const sender = await connect(loop.interviewer(1).token);
    const card = await openCard(sender, rounds[0]!);
    // Just under the limit is an ordinary refusal (the text is over its own limit).
    const near = await raw(sender).timeout(5000).emitWithAck('scorecard:patch', { scorecardId: card.id, clientId: 'tab-limit-1', seq: 1, ops: [{ op: 'setText', field: 'summary', value: 'x'.repeat(60_000) }] });
    expect(near).toMatchObject({ ok: false, error: { code: 'bad-request' } });

    const dropped = new Promise<string>((resolve) => sender.once('disconnect', resolve));
    sender.emit('scorecard:patch', { scorecardId: card.id, clientId: 'tab-limit-1', seq: 2, ops: [{ op: 'setText', field: 'summary', value: 'x'.repeat(70 * 1024) }] }, () => {});
    expect(await dropped).toMatch(/transport (close|error)/);

    expect(bystander.connected).toBe(true);
    expect(await command(bystander, 'time:ping', { clientSendAt: 1 })).toMatchObject({ ok: true });
    expect((await api(server.url, '/api/health')).status).toBe(200);
  });
});

describe('commands the server does not know, and oversized patches', () => {
  it('answers an unknown command that has an ack with bad-request, and the socket stays', async () => {
    const socket = await connect(loop.candidate.token);
    const ack = await raw(socket).timeout(5000).emitWithAck('clock:explode', { roundId: 'x' });
    expect(ack).toEqual({ ok: false, error: { code: 'bad-request', message: 'Unknown command: clock:explode' } });
    expect(socket.connected).toBe(true);
  });

  it('refuses a patch whose ops take more than 40 KB with payload-too-large, storing nothing', async () => {
    const sender = await connect(loop.interviewer(3).token);
    const card = await openCard(sender, rounds[2]!);
    const ops = (['strengths', 'concerns', 'summary'] as const).map((field) => ({ op: 'setText' as const, field, value: 'y'.repeat(9_000) }));
    const evidence = card.assignedLps.slice(0, 2).map((lpId) => ({ op: 'setEvidence' as const, lpId, value: 'z'.repeat(9_000) }));
    const ack = await command(sender, 'scorecard:patch', { scorecardId: card.id, clientId: 'tab-big-001', seq: 1, ops: [...ops, ...evidence] });
    expect(ack).toMatchObject({ ok: false, error: { code: 'payload-too-large' } });
    expect((await openCard(sender, rounds[2]!)).version).toBe(card.version);
  });
});

describe('per-socket command rate limits', () => {
  it('answers a flood with rate-limited acks, never a disconnect, and lets commands through again after a moment', async () => {
    const socket = await connect(loop.candidate.token);
    const acks = await Promise.all(Array.from({ length: 100 }, (_, i) => command(socket, 'time:ping', { clientSendAt: i })));
    const passed = acks.filter((a) => a.ok).length;
    const limited = acks.filter((a) => !a.ok && a.error.code === 'rate-limited');
    expect(passed).toBeGreaterThanOrEqual(COMMAND_LIMITS.other.burst);
    expect(passed).toBeLessThan(100);
    expect(passed + limited.length).toBe(100);
    expect(limited[0]).toEqual({ ok: false, error: { code: 'rate-limited', message: expect.any(String) } });
    expect(socket.connected).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(await command(socket, 'time:ping', { clientSendAt: 1 })).toMatchObject({ ok: true });
  });

  it('gives autosave its own, larger burst: a minute of queued edits replays without a refusal', async () => {
    const socket = await connect(loop.interviewer(2).token);
    const card = await openCard(socket, rounds[1]!);
    // Exhaust the shared bucket first: autosave must not depend on it.
    await Promise.all(Array.from({ length: 60 }, () => command(socket, 'time:ping', { clientSendAt: 0 })));
    const burst = COMMAND_LIMITS.autosave.burst;
    // Sent at once, so the bucket has no time to refill however slowly the server works.
    const all = await Promise.all(
      Array.from({ length: burst + 20 }, (_, i) =>
        command(socket, 'scorecard:patch', { scorecardId: card.id, clientId: 'tab-burst-1', seq: i + 1, ops: [{ op: 'setText', field: 'strengths', value: `edit ${i}` }] }),
      ),
    );
    expect(all.slice(0, burst).filter((a) => !a.ok)).toEqual([]);
    const over = all.slice(burst);
    expect(over.some((a) => !a.ok && a.error.code === 'rate-limited')).toBe(true);
    expect(socket.connected).toBe(true);
  });
});

describe('HTTP rate limits', () => {
  it('limits every route per client address, and names the limit in the headers', async () => {
    const response = await fetch(`${server.url}/api/health`);
    expect(response.headers.get('x-ratelimit-limit')).toBe(String(REQUESTS_PER_MINUTE));
  });

  const creator = (url: string) => (forwarded?: string) =>
    fetch(`${url}/api/loops`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(forwarded ? { 'x-forwarded-for': forwarded } : {}) },
      body: JSON.stringify(loopRequest()),
    });

  it('ignores X-Forwarded-For by default (TRUST_PROXY unset): a client cannot reset its limit with it', async () => {
    const limited = await startTestServer({ config: { loopCreationsPerMinute: 2 } });
    try {
      const create = creator(limited.url);
      expect((await create('203.0.113.7')).status).toBe(201);
      expect((await create('198.51.100.9')).status).toBe(201);
      const refused = await create('192.0.2.44');
      expect(refused.status).toBe(429);
      expect(ApiErrorBody.parse(await refused.json()).error.code).toBe('rate-limited');
    } finally {
      await limited.close();
    }
  });

  it.each([
    ['one hop', 1],
    ['the proxy address', ['127.0.0.1', '::1']],
  ] as const)('behind a trusted proxy (%s) counts only the address the proxy appended', async (_name, trustProxy) => {
    const limited = await startTestServer({ config: { loopCreationsPerMinute: 2, trustProxy: trustProxy as number | string[] } });
    try {
      const create = creator(limited.url);
      // The proxy (on loopback here) appends the real client, 203.0.113.7; what comes before is the client's own claim.
      expect((await create('203.0.113.7')).status).toBe(201);
      expect((await create('1.1.1.1, 203.0.113.7')).status).toBe(201);
      const refused = await create('2.2.2.2, 3.3.3.3, 203.0.113.7');
      expect(refused.status).toBe(429);
      // Another client behind the same proxy has its own budget.
      expect((await create('198.51.100.9')).status).toBe(201);
    } finally {
      await limited.close();
    }
  });

  it('refuses a body over 256 KB with 413 in the error format', async () => {
    const response = await api(server.url, '/api/loops', { method: 'POST', body: { ...loopRequest(), candidate: { name: 'x'.repeat(300_000) } } });
    expect(response.status).toBe(413);
    expect(ApiErrorBody.parse(response.body).error.code).toBe('payload-too-large');
  });
});

describe('origins (CORS) and headers', () => {
  const preflight = (origin: string) =>
    fetch(`${server.url}/api/loops`, { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' } });

  it('lets the public origin and the same host call the API, with no credentials mode', async () => {
    const allowed = await preflight('https://mockloop.example.org');
    expect(allowed.status).toBeLessThan(300);
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://mockloop.example.org');
    expect(allowed.headers.get('access-control-allow-credentials')).toBeNull();
    const same = await fetch(`${server.url}/api/health`, { headers: { origin: server.url } });
    expect(same.status).toBe(200);
  });

  it('refuses pages of any other origin, before anything runs', async () => {
    for (const origin of ['https://evil.example', 'null', 'http://mockloop.example.org', 'https://mockloop.example.org.evil.example']) {
      const refusedPreflight = await preflight(origin);
      expect(refusedPreflight.headers.get('access-control-allow-origin'), origin).toBeNull();
      const before = (await api(server.url, `/api/loops/${loop.loopId}`, { token: loop.organizer.token })).body.organizer.participants.length;
      const response = await fetch(`${server.url}/api/loops`, { method: 'POST', headers: { origin, 'content-type': 'application/json' }, body: JSON.stringify(loopRequest()) });
      expect(response.status, origin).toBe(403);
      expect(ApiErrorBody.parse(await response.json()).error.code).toBe('forbidden');
      expect((await api(server.url, `/api/loops/${loop.loopId}`, { token: loop.organizer.token })).body.organizer.participants.length).toBe(before);
    }
  });

  it('sends a strict CSP, no-referrer and nosniff on pages and API answers', async () => {
    for (const path of ['/', '/api/health', '/api/nope']) {
      const response = await fetch(server.url + path);
      const csp = response.headers.get('content-security-policy') ?? '';
      expect(csp, path).toContain("default-src 'self'");
      expect(csp, path).toContain("script-src 'self'");
      expect(csp, path).toContain("frame-ancestors 'none'");
      expect(csp, path).toContain("object-src 'none'");
      expect(response.headers.get('referrer-policy'), path).toBe('no-referrer');
      expect(response.headers.get('x-content-type-options'), path).toBe('nosniff');
    }
  });
});

describe('text limits and unstorable characters', () => {
  it('refuses text over its limit, in HTTP bodies and in autosaves', async () => {
    const tooLong = await api(server.url, '/api/loops', { method: 'POST', body: { ...loopRequest(), candidate: { name: 'x'.repeat(TEXT_LIMITS.name + 1) } } });
    expect(tooLong.status).toBe(400);
    const socket = await connect(loop.interviewer(3).token);
    const card = await openCard(socket, rounds[2]!);
    const ack = await command(socket, 'scorecard:patch', { scorecardId: card.id, clientId: 'tab-text-01', seq: 1, ops: [{ op: 'setText', field: 'summary', value: 'x'.repeat(TEXT_LIMITS.longText + 1) }] });
    expect(ack).toMatchObject({ ok: false, error: { code: 'bad-request' } });
  });

  it('stores U+0000 and lone surrogates as U+FFFD instead of losing the keystroke (or answering 500)', async () => {
    const created = await api(server.url, '/api/loops', { method: 'POST', body: { ...loopRequest(), candidate: { name: 'Sam\u0000 Ortiz' } } });
    expect(created.status).toBe(201);
    const socket = await connect(loop.interviewer(4).token);
    const card = await openCard(socket, rounds[3]!);
    const ack = await command(socket, 'scorecard:patch', { scorecardId: card.id, clientId: 'tab-text-02', seq: 1, ops: [{ op: 'setText', field: 'summary', value: 'broken \uD800 paste \u0000 here' }] });
    expect(ack).toMatchObject({ ok: true });
    expect((await openCard(socket, rounds[3]!)).draft.summary).toBe('broken \uFFFD paste \uFFFD here');
  });
});
