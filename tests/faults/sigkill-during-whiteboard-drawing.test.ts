import { afterAll, describe, expect, it } from 'vitest';
import { loopRequest } from '../fixtures/loops.js';
import { createLoop } from '../helpers/api.js';
import { startChildServer } from '../helpers/child-server.js';
import { createTestDatabase } from '../helpers/db.js';
import { roundIds } from '../helpers/scorecard.js';
import { closeAllClients, command, connected, createClient, type TestClient } from '../helpers/socket.js';

/**
 * The server is SIGKILLed while the candidate and the interviewer draw on a design round's
 * whiteboard. After a restart on the same database every acknowledged element version is
 * there (the update in flight may or may not be), and each drawer's next sequence number
 * picks up where the stored one left off: a replay is a duplicate, the next one applies.
 */

afterAll(() => closeAllClients());

type Drawer = { socket: TestClient; clientId: string; prefix: string; acked: Map<string, number>; ackedSeq: number; inFlight: { seq: number; id: string; version: number } | null };

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('a server killed with SIGKILL while two people draw', () => {
  it('loses no acknowledged whiteboard change, and the order rules hold across the restart', async () => {
    const database = await createTestDatabase({ onDisk: true });
    const env: Record<string, string> = database.databaseUrl ? { DATABASE_URL: database.databaseUrl } : { DATA_DIR: database.dataDir };
    try {
      const first = await startChildServer(env);
      const loop = await createLoop(first.url, loopRequest());
      const roundId = (await roundIds(first.url, loop.loopId, loop.organizer.token))[1]!; // a design round
      const connect = async (url: string, token: string) => {
        const socket = createClient(url, { token });
        await connected(socket);
        return socket;
      };
      const drawers: Drawer[] = [
        { socket: await connect(first.url, loop.candidate.token), clientId: 'candidate-kill-tab', prefix: 'c', acked: new Map(), ackedSeq: 0, inFlight: null },
        { socket: await connect(first.url, loop.interviewer(2).token), clientId: 'interviewer-kill-tab', prefix: 'i', acked: new Map(), ackedSeq: 0, inFlight: null },
      ];
      let killed = false;

      // Each update adds a new element or moves one of the drawer's five (a new version).
      const draw = async (d: Drawer) => {
        for (let seq = 1; !killed; seq++) {
          const id = `${d.prefix}-${seq % 5}`;
          const version = seq;
          d.inFlight = { seq, id, version };
          const element = { id, type: 'rectangle', version, versionNonce: seq, isDeleted: false, x: seq, y: seq * 2, width: 40, height: 20 };
          const ack = await command(d.socket, 'whiteboard:update', { roundId, clientId: d.clientId, seq, elements: [element] }).catch(() => null);
          if (ack?.ok && !killed) {
            d.acked.set(id, version);
            d.ackedSeq = seq;
          }
          await pause(15);
        }
      };
      const running = drawers.map(draw);
      while (drawers.some((d) => d.ackedSeq < 30)) await pause(20);

      first.child.kill('SIGKILL');
      expect((await first.exited).signal).toBe('SIGKILL');
      killed = true;
      for (const d of drawers) d.socket.disconnect();
      await Promise.all(running);

      const second = await startChildServer(env);
      try {
        const shadow = await connect(second.url, loop.shadow.token);
        const scene = await command(shadow, 'whiteboard:open', { roundId });
        if (!scene.ok) throw new Error(scene.error.message);
        const stored = new Map(scene.data.elements.map((e) => [e.id, e.version]));
        for (const d of drawers) {
          for (const [id, version] of d.acked) {
            const inFlight = d.inFlight?.id === id ? d.inFlight.version : version;
            expect([version, inFlight], `${d.clientId}: ${id} keeps its last acknowledged version`).toContain(stored.get(id));
          }
          // Reconnected, the drawer replays its last acknowledged update (a duplicate) and goes on.
          const socket = await connect(second.url, d.prefix === 'c' ? loop.candidate.token : loop.interviewer(2).token);
          const replay = await command(socket, 'whiteboard:update', { roundId, clientId: d.clientId, seq: d.ackedSeq, elements: [{ id: `${d.prefix}-0`, type: 'rectangle', version: 1, versionNonce: 1, isDeleted: false }] });
          expect(replay).toMatchObject({ ok: true, data: { duplicate: true } });
          const storedSeq = d.inFlight && stored.get(d.inFlight.id) === d.inFlight.version && d.inFlight.seq > d.ackedSeq ? d.inFlight.seq : d.ackedSeq;
          const next = await command(socket, 'whiteboard:update', { roundId, clientId: d.clientId, seq: storedSeq + 1, elements: [{ id: `${d.prefix}-after`, type: 'ellipse', version: 1, versionNonce: 1, isDeleted: false }] });
          expect(next, `${d.clientId}: the update after the restart applies`).toMatchObject({ ok: true, data: { duplicate: false } });
          socket.disconnect();
        }
        shadow.disconnect();
      } finally {
        second.child.kill('SIGTERM');
        await second.exited;
      }
    } finally {
      await database.drop();
    }
  }, 120_000);
});
