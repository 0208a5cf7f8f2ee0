import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CreateLoopResponse, LoopView } from '@mockloop/shared';
import { loopRequest } from '../../fixtures/loops.js';
import { api, createLoop } from '../../helpers/api.js';
import { startTestServer, type TestServer } from '../../helpers/server.js';

let logs = '';
const logStream = new Writable({
  write(chunk, _encoding, callback) {
    logs += chunk.toString();
    callback();
  },
});

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ logger: true, logStream, config: { logLevel: 'trace' } });
});
afterAll(async () => {
  await server.close();
});

describe('demo loop', () => {
  it('creates a sample loop three rounds in, with a link for every role', async () => {
    const response = await api(server.url, '/api/demo', { method: 'POST', body: {} });
    expect(response.status).toBe(201);
    const demo = CreateLoopResponse.parse(response.body);
    expect(new Set(demo.links.map((l) => l.role))).toEqual(new Set(['organizer', 'candidate', 'interviewer', 'shadow']));
    expect(demo.links.filter((l) => l.isBarRaiser)).toHaveLength(1);

    const organizer = demo.links.find((l) => l.role === 'organizer')!;
    const view = LoopView.parse((await api(server.url, `/api/loops/${demo.loopId}`, { token: organizer.token })).body);
    expect(view.loop.isDemo).toBe(true);
    expect(view.rounds.map((r) => r.state)).toEqual(['ended', 'ended', 'ended', 'not-started', 'not-started']);
    expect(view.organizer!.scorecards.map((s) => s.state)).toEqual(['submitted', 'submitted', 'draft', 'not-started', 'not-started']);

    for (const link of demo.links) {
      const session = await api(server.url, '/api/session', { token: link.token });
      expect(session.body.viewer.role).toBe(link.role);
    }
  });
});

describe('logs', () => {
  it('never contain an invite token', async () => {
    const loop = await createLoop(server.url, loopRequest());
    for (const link of loop.links) {
      await api(server.url, `/api/loops/${loop.loopId}`, { token: link.token });
      await api(server.url, '/api/session', { token: link.token });
    }
    await api(server.url, `/api/loops/${loop.loopId}/participants/${loop.shadow.participantId}/link`, { method: 'POST', token: loop.organizer.token, body: {} });
    expect(logs).toContain('"url":"/api/session"'); // requests are logged...
    for (const link of loop.links) expect(logs).not.toContain(link.token); // ...credentials are not
  });
});
