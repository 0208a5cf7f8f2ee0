import net from 'node:net';
import { io, type Socket } from 'socket.io-client';
import { afterAll, describe, expect, it } from 'vitest';
import type { Ack, LiveSnapshot } from '@mockloop/shared';
import { loopRequest } from '../fixtures/loops.js';
import { createLoop } from '../helpers/api.js';
import { startChildServer, type ChildServer } from '../helpers/child-server.js';
import { createTestDatabase, type TestDatabase } from '../helpers/db.js';
import { eventually } from '../helpers/live.js';
import { keepReconnecting, type LinkCheck } from '../../client/src/live/reconnect.js';

/**
 * 200 people in 25 loops are connected when the server restarts: once after a crash
 * (SIGKILL: Socket.IO's own back-off brings them back) and once after a deploy (SIGTERM: the
 * server says goodbye, and each page checks its link over HTTP before reconnecting). Each
 * page runs the client's own reconnect code (client/src/live/reconnect.ts, as the app does
 * through useLiveLoop). Either way every one of them is connected again and has a fresh
 * snapshot. How long it took is printed (about 5 s on an idle 2-core machine); the wait is
 * generous because a busy machine slows it, and speed is the benchmark's business.
 */

const CLIENTS = 200;
const BACK_WITHIN_MS = 60_000;

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

/** A page's live connection with the app's reconnect rules; counts snapshots received. */
function openPage(url: string, person: Person): Client {
  const socket = io(url, { forceNew: true, autoConnect: false, auth: { token: person.token } });
  const client: Client = { socket, snapshots: 0 };
  // The app reads the loop through its query cache; here the same read, straight over HTTP.
  const checkLink = (): Promise<LinkCheck> =>
    fetch(`${url}/api/loops/${person.loopId}`, { headers: { authorization: `Bearer ${person.token}` } }).then(
      (response) => (response.ok ? 'alive' : response.status === 401 || response.status === 404 ? 'dead' : 'unreachable'),
      () => 'unreachable',
    );
  stops.push(keepReconnecting(socket, checkLink, () => {}));
  // As client/src/live/liveFeed.ts does: a full snapshot on every connect.
  socket.on('connect', () => {
    void socket
      .timeout(10_000)
      .emitWithAck('live:snapshot', {})
      .then((ack: Ack<LiveSnapshot>) => ack.ok && client.snapshots++)
      .catch(() => {});
  });
  socket.connect();
  return client;
}

const stops: (() => void)[] = [];
let database: TestDatabase | undefined;
let server: ChildServer | undefined;
const clients: Client[] = [];
afterAll(async () => {
  for (const stop of stops) stop();
  for (const c of clients) c.socket.disconnect();
  if (server && server.child.exitCode === null) {
    server.child.kill('SIGTERM');
    await server.exited;
  }
  await database?.drop();
});

describe('200 clients reconnecting at once after a restart', () => {
  it('are all connected again, each with a fresh snapshot, after a crash and after a deploy', async () => {
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
    await eventually(() => clients.every((c) => c.snapshots === 1), BACK_WITHIN_MS, 'everyone connected the first time');

    for (const signal of ['SIGKILL', 'SIGTERM'] as const) {
      const before = clients.map((c) => c.snapshots);
      server.child.kill(signal);
      await server.exited;
      await eventually(() => clients.every((c) => !c.socket.connected), 10_000, 'everyone to notice');

      server = await startChildServer(env);
      const listening = Date.now();
      const back = () => clients.filter((c, i) => c.socket.connected && c.snapshots > before[i]!).length;
      await eventually(() => back() === CLIENTS, BACK_WITHIN_MS, `everyone back after ${signal}`).catch((error: Error) => {
        throw new Error(`${error.message}: ${back()} of ${CLIENTS} back, ${clients.filter((c) => c.socket.connected).length} connected`);
      });
      const tookMs = Date.now() - listening;
      expect(back()).toBe(CLIENTS);
      console.info(`mass reconnect after ${signal}: ${CLIENTS} clients back in ${tookMs} ms`);
    }
  }, 150_000);
});
