import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { loopRequest } from '../../fixtures/loops.js';
import { createLoop } from '../../helpers/api.js';
import { closeAllClients, command, connected, createClient as connect, type ConnectOptions } from '../../helpers/socket.js';
import { startTestServer, type TestServer } from '../../helpers/server.js';

let server: TestServer;
let token: string;
beforeAll(async () => {
  server = await startTestServer();
  token = (await createLoop(server.url, loopRequest())).candidate.token;
});
const createClient = (url: string, options: ConnectOptions = {}) => connect(url, { token, ...options });
afterEach(() => closeAllClients());
afterAll(async () => {
  await server.close();
});

describe('Socket.IO gateway', () => {
  it('answers a typed command with a typed ack over a real socket', async () => {
    const socket = createClient(server.url);
    await connected(socket);
    const before = Date.now();
    const ack = await command(socket, 'time:ping', { clientSendAt: 123 });
    expect(ack).toEqual({ ok: true, data: { clientSendAt: 123, serverAt: expect.any(Number) } });
    if (ack.ok) expect(ack.data.serverAt).toBeGreaterThanOrEqual(before);
  });

  it('answers a bad payload with an error ack and keeps the connection', async () => {
    const socket = createClient(server.url);
    await connected(socket);
    const raw = socket as unknown as { timeout(ms: number): { emitWithAck(e: string, ...a: unknown[]): Promise<unknown> } };
    expect(await raw.timeout(2000).emitWithAck('time:ping', { clientSendAt: 'soon' })).toEqual({
      ok: false,
      error: { code: 'bad-request', message: expect.stringContaining('clientSendAt') },
    });
    expect(await raw.timeout(2000).emitWithAck('time:ping')).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    expect(socket.connected).toBe(true);
  });

  it('survives a command sent without an ack callback', async () => {
    const socket = createClient(server.url);
    await connected(socket);
    (socket as unknown as { emit(e: string, p: unknown): void }).emit('time:ping', { clientSendAt: 1 });
    (socket as unknown as { emit(e: string, p: unknown): void }).emit('no-such-event', { x: 1 });
    const ack = await command(socket, 'time:ping', { clientSendAt: 2 });
    expect(ack.ok).toBe(true);
  });

  it('accepts a page served by this server, and refuses a foreign Origin at the handshake', async () => {
    const sameOrigin = createClient(server.url, { origin: `http://127.0.0.1:${server.port}` });
    await connected(sameOrigin);
    const foreign = createClient(server.url, { origin: 'https://evil.example' });
    await expect(connected(foreign)).rejects.toThrow();
    expect(foreign.connected).toBe(false);
  });
});
