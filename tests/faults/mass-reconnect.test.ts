import net from 'node:net';
import { io, type Socket } from 'socket.io-client';
import { afterAll, describe, expect, it } from 'vitest';
import type { Ack, LiveSnapshot } from '@mockloop/shared';
import { loopRequest } from '../fixtures/loops.js';
import { createLoop } from '../helpers/api.js';
import { startChildServer, type ChildServer } from '../helpers/child-server.js';
import { createTestDatabase, type TestDatabase } from '../helpers/db.js';
import { eventually } from '../helpers/live.js';

/**
 * 200 people in 25 loops are connected when the server restarts: once after a crash
 * (SIGKILL: Socket.IO's own back-off brings them back) and once after a deploy (SIGTERM: the
 * server says goodbye, and each page checks its link over HTTP before reconnecting, as
 * client/src/features/loop/useLiveLoop.ts does). Either way, within 10 s of the new process
 * listening, every one of them is connected again and has its snapshot.
 */

const CLIENTS = 200;
const BACK_WITHIN_MS = 10_000;
const RETRY_AFTER_MS = 5_000; // as in useLiveLoop.ts

type Person = { token: string; loopId: string };
type Client = { socket: Socket; snapshots: number };

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

/** A page's live connection, with the page's reconnect rules; counts snapshots received. */
function openPage(url: string, person: Person): Client {
  const socket = io(url, { forceNew: true, autoConnect: false, auth: { token: person.token } });
  const client: Client = { socket, snapshots: 0 };
  const checkLinkThenReconnect = () => {
    if (socket.active) return;
    fetch(`${url}/api/loops/${person.loopId}`, { headers: { authorization: `Bearer ${person.token}` } }).then(
      (response) => {
        if (response.ok) return socket.active || socket.connect();
        if (response.status !== 401 && response.status !== 404) setTimeout(checkLinkThenReconnect, RETRY_AFTER_MS);
      },
      () => setTimeout(checkLinkThenReconnect, RETRY_AFTER_MS),
    );
  };
  socket.on('connect', () => {
    void socket
      .timeout(10_000)
      .emitWithAck('live:snapshot', {})
      .then((ack: Ack<LiveSnapshot>) => ack.ok && client.snapshots++)
      .catch(() => {});
  });
  socket.on('disconnect', (reason) => {
    if (reason === 'io server disconnect') setTimeout(checkLinkThenReconnect, 0);
  });
  socket.connect();
  return client;
}

let database: TestDatabase | undefined;
let server: ChildServer | undefined;
const clients: Client[] = [];
afterAll(async () => {
  for (const c of clients) c.socket.disconnect();
  if (server && server.child.exitCode === null) {
    server.child.kill('SIGTERM');
    await server.exited;
  }
  await database?.drop();
});

describe('200 clients reconnecting at once after a restart', () => {
  it('are all connected again, with a fresh snapshot, within 10 s of the new process listening (crash and deploy)', async () => {
    database = await createTestDatabase({ onDisk: true });
    const port = await freePort();
    const env: Record<string, string> = {
      PORT: String(port),
      LOOP_CREATIONS_PER_MINUTE: '1000',
      LOG_LEVEL: 'warn',
      ...(database.databaseUrl ? { DATABASE_URL: database.databaseUrl } : { DATA_DIR: database.dataDir }),
    };
    server = await startChildServer(env);
    const url = server.url;
    const people: Person[] = [];
    while (people.length < CLIENTS) {
      const loop = await createLoop(url, loopRequest());
      people.push(...loop.links.map((l) => ({ token: l.token, loopId: loop.loopId })));
    }
    for (const person of people.slice(0, CLIENTS)) clients.push(openPage(url, person));
    await eventually(() => clients.every((c) => c.snapshots === 1), 30_000, 'everyone connected the first time');

    for (const signal of ['SIGKILL', 'SIGTERM'] as const) {
      const before = clients.map((c) => c.snapshots);
      server.child.kill(signal);
      await server.exited;
      await eventually(() => clients.every((c) => !c.socket.connected), 10_000, 'everyone to notice');

      server = await startChildServer(env);
      const listening = Date.now();
      await eventually(() => clients.every((c, i) => c.socket.connected && c.snapshots > before[i]!), BACK_WITHIN_MS, `everyone back after ${signal}`);
      const tookMs = Date.now() - listening;
      console.info(`mass reconnect after ${signal}: ${CLIENTS} clients back in ${tookMs} ms`);
      expect(tookMs).toBeLessThanOrEqual(BACK_WITHIN_MS);
    }
  }, 150_000);
});
