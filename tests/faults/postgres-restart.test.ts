import { afterAll, beforeAll, describe, expect } from 'vitest';
import { ApiErrorBody } from '@mockloop/shared';
import { loopRequest } from '../fixtures/loops.js';
import { api, createLoop } from '../helpers/api.js';
import { itWith, needs } from '../helpers/environment.js';
import { eventually } from '../helpers/live.js';
import { postgresBinDir, startPrivatePostgres, type PrivatePostgres } from '../helpers/private-postgres.js';
import { openCard, roundIds } from '../helpers/scorecard.js';
import { startTestServer, type TestServer } from '../helpers/server.js';
import { closeAllClients, command, connected, createClient } from '../helpers/socket.js';

/**
 * Postgres goes down under a running server and comes back. The test runs a Postgres of its
 * own (initdb in a temporary folder, its own port) and stops it like a crash; the shared
 * service is never touched. Meanwhile every request fails cleanly (503 `unavailable`, socket
 * acks `unavailable`, sockets stay up), and afterwards the same server process carries on
 * by itself, with nothing acknowledged before the outage lost.
 */

const binDir = postgresBinDir();

let pg: PrivatePostgres | undefined;
let server: TestServer | undefined;
beforeAll(async () => {
  if (!binDir) return;
  pg = await startPrivatePostgres(binDir);
  server = await startTestServer({ database: { databaseUrl: pg.url, dataDir: 'memory://', driver: 'postgres', drop: async () => {} } });
}, 120_000);
afterAll(async () => {
  closeAllClients();
  await server?.close();
  pg?.destroy();
});

async function expectUnavailable(response: Awaited<ReturnType<typeof api>>, what: string) {
  expect(response.status, `${what}: ${response.text}`).toBe(503);
  expect(ApiErrorBody.parse(response.body).error.code, what).toBe('unavailable');
  expect(response.text, what).not.toMatch(/ECONNREFUSED|postgres|CONNECTION|127\.0\.0\.1/i);
}

describe('Postgres restarted under a running server', () => {
  itWith([needs.postgresServerBinaries()], 'answers 503 unavailable during the outage and recovers by itself afterwards, losing nothing acknowledged', async () => {
    const { url } = server!;
    const loop = await createLoop(url, loopRequest());
    const rounds = await roundIds(url, loop.loopId, loop.organizer.token);
    const socket = createClient(url, { token: loop.interviewer(1).token });
    await connected(socket);
    const card = await openCard(socket, rounds[0]!);
    const patch = (seq: number, value: string) => command(socket, 'scorecard:patch', { scorecardId: card.id, clientId: 'tab-outage-1', seq, ops: [{ op: 'setText', field: 'summary', value }] });
    expect((await patch(1, 'Written before the outage')).ok).toBe(true);

    pg!.stop();

    expect((await api(url, '/api/health')).status).toBe(503);
    await expectUnavailable(await api(url, `/api/loops/${loop.loopId}`, { token: loop.organizer.token }), 'read a loop');
    await expectUnavailable(await api(url, '/api/loops', { method: 'POST', body: loopRequest() }), 'create a loop');
    await expectUnavailable(await api(url, '/api/session', { token: loop.candidate.token }), 'session');
    expect(await patch(2, 'Written during the outage')).toEqual({ ok: false, error: { code: 'unavailable', message: expect.any(String) } });
    expect(await command(socket, 'clock:start', { roundId: rounds[0]! })).toMatchObject({ ok: false, error: { code: 'unavailable' } });
    expect(socket.connected, 'a live socket survives the outage').toBe(true);
    await expect(connected(createClient(url, { token: loop.candidate.token }))).rejects.toThrow(/unavailable/);
    expect(await command(socket, 'time:ping', { clientSendAt: 1 })).toMatchObject({ ok: true });

    await pg!.start();

    // Same process, no restart: the pool reconnects on its own.
    await eventually(async () => (await api(url, '/api/health')).status === 200, 20_000, 'health after the restart');
    await eventually(async () => (await api(url, `/api/loops/${loop.loopId}`, { token: loop.organizer.token })).status === 200, 20_000, 'reads after the restart');
    // The autosave refused during the outage goes through when retried, once.
    expect(await patch(2, 'Written during the outage')).toEqual({ ok: true, data: { version: 2, duplicate: false } });
    expect(await patch(2, 'Written during the outage')).toEqual({ ok: true, data: { version: 2, duplicate: true } });
    expect((await openCard(socket, rounds[0]!)).draft.summary).toBe('Written during the outage');
    expect((await command(socket, 'clock:start', { roundId: rounds[0]! })).ok).toBe(true);
    await connected(createClient(url, { token: loop.candidate.token }));
    expect((await createLoop(url, loopRequest())).loopId).toBeTruthy();
  }, 120_000);
});
