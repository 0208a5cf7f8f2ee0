import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { LoopChanged } from '@mockloop/shared';
import { loopRequest } from '../../fixtures/loops.js';
import { api, createLoop } from '../../helpers/api.js';
import { closeAllClients, connected, createClient } from '../../helpers/socket.js';
import { startTestServer, type TestServer } from '../../helpers/server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterEach(() => closeAllClients());
afterAll(async () => {
  await server.close();
});

describe('Socket.IO handshake', () => {
  it('refuses a missing, unknown or revoked token before any event', async () => {
    const loop = await createLoop(server.url, loopRequest());
    await expect(connected(createClient(server.url))).rejects.toThrow(/unauthorized/);
    await expect(connected(createClient(server.url, { token: 'B'.repeat(43) }))).rejects.toThrow(/unauthorized/);
    await api(server.url, `/api/loops/${loop.loopId}/participants/${loop.shadow.participantId}/link`, { method: 'DELETE', token: loop.organizer.token });
    await expect(connected(createClient(server.url, { token: loop.shadow.token }))).rejects.toThrow(/unauthorized/);
  });

  it('tells the organizer live when someone opens their link', async () => {
    const loop = await createLoop(server.url, loopRequest());
    const organizer = createClient(server.url, { token: loop.organizer.token });
    await connected(organizer);
    const changed = new Promise<LoopChanged>((resolve) => organizer.on('loop:changed', resolve));
    await api(server.url, '/api/session', { token: loop.interviewer(2).token });
    expect(await changed).toEqual({ loopId: loop.loopId, what: 'participants' });
  });

  it('drops the live session of a participant whose link is revoked', async () => {
    const loop = await createLoop(server.url, loopRequest());
    const candidate = createClient(server.url, { token: loop.candidate.token });
    await connected(candidate);
    const dropped = new Promise((resolve) => candidate.once('disconnect', resolve));
    await api(server.url, `/api/loops/${loop.loopId}/participants/${loop.candidate.participantId}/link`, { method: 'POST', token: loop.organizer.token, body: {} });
    expect(await dropped).toBe('io server disconnect');
  });

  it('keeps loops apart: a socket of one loop hears nothing of another', async () => {
    const a = await createLoop(server.url, loopRequest());
    const b = await createLoop(server.url, loopRequest());
    const organizerB = createClient(server.url, { token: b.organizer.token });
    await connected(organizerB);
    const heard: LoopChanged[] = [];
    organizerB.on('loop:changed', (e) => heard.push(e));
    const organizerA = createClient(server.url, { token: a.organizer.token });
    await connected(organizerA);
    const seenByA = new Promise((resolve) => organizerA.on('loop:changed', resolve));
    await api(server.url, '/api/session', { token: a.candidate.token });
    await seenByA;
    // B may hear about its own loop (its organizer just connected), never about A.
    expect(heard.filter((e) => e.loopId !== b.loopId)).toEqual([]);
  });
});
