import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loopRequest } from '../fixtures/loops.js';
import { createLoop } from '../helpers/api.js';
import { startChildServer } from '../helpers/child-server.js';
import { buildTestApp } from '../helpers/server.js';
import { closeAllClients, connected, createClient } from '../helpers/socket.js';

afterAll(() => closeAllClients());

describe('graceful shutdown', () => {
  it('finishes in-flight requests, refuses new ones and disconnects sockets', async () => {
    const { app, dispose } = await buildTestApp();
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    app.get('/api/slow', async () => {
      await released;
      return { done: true };
    });
    const address = await app.listen({ port: 0, host: '127.0.0.1' });
    const loop = await createLoop(address, loopRequest());
    const socket = createClient(address, { token: loop.candidate.token });
    await connected(socket);
    const told = new Promise((resolve) => socket.once('server:shutting-down', resolve));
    const disconnected = new Promise((resolve) => socket.once('disconnect', resolve));

    const inFlight = fetch(`${address}/api/slow`);
    await new Promise((resolve) => setTimeout(resolve, 100)); // let the request arrive
    const closing = dispose();
    await Promise.all([told, disconnected]);

    await expect(fetch(`${address}/api/health`)).rejects.toThrow(); // no longer accepting
    release();
    const response = await inFlight;
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ done: true });
    await closing;
  });

  it('exits cleanly on SIGTERM and SIGINT, and the embedded database opens again', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'mockloop-shutdown-'));
    try {
      for (const signal of ['SIGTERM', 'SIGINT'] as const) {
        const server = await startChildServer({ DATA_DIR: dataDir });
        expect((await fetch(`${server.url}/api/health`)).status).toBe(200);
        server.child.kill(signal);
        const { code } = await server.exited;
        expect(code, server.output()).toBe(0);
        expect(server.output()).toMatch(/"msg":"closed"/);
      }
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('refuses to start with a clear message when configuration is wrong', async () => {
    await expect(startChildServer({ PORT: 'eighty' })).rejects.toThrow(/PORT="eighty": must be a number/);
  });
});
