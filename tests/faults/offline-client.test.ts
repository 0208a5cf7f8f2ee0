import net from 'node:net';
import { eq } from 'drizzle-orm';
import { io, type Socket } from 'socket.io-client';
import { afterAll, describe, expect, it } from 'vitest';
import { LP_IDS, type Ack, type PatchAck, type Scorecard, type ScorecardPatch } from '@mockloop/shared';
import { Autosave } from '../../client/src/autosave/engine.js';
import { Outbox, type KeyValueStorage } from '../../client/src/autosave/outbox.js';
import { SCORECARD } from '../../client/src/scorecard/autosave.js';
import { scorecardPatches, scorecards } from '../../server/src/db/schema.js';
import { loopRequest } from '../fixtures/loops.js';
import { createLoop } from '../helpers/api.js';
import { eventually } from '../helpers/live.js';
import { roundIds, storyOp } from '../helpers/scorecard.js';
import { startTestServer } from '../helpers/server.js';

/**
 * An interviewer's laptop drops off the network for a full minute while they keep writing.
 * The page is the real client code (outbox + autosave) on a real Socket.IO client; the
 * network is a proxy the test cuts. The last autosave before the cut reached the server but
 * its ack was lost on the way back. After 60 s the network returns: everything typed is
 * delivered, each patch applied exactly once (the lost-ack one is recognised as a duplicate).
 */

const OFFLINE_MS = 60_000;

class MemoryStorage implements KeyValueStorage {
  readonly #items = new Map<string, string>();
  getItem = (key: string) => this.#items.get(key) ?? null;
  setItem = (key: string, value: string) => void this.#items.set(key, value);
  removeItem = (key: string) => void this.#items.delete(key);
}

/** A TCP link between client and server that can hold the server's answers, be cut, and come back. */
async function flakyLink(targetPort: number) {
  const sockets = new Set<net.Socket>();
  let up = true;
  let holding = false;
  const server = net.createServer((client) => {
    if (!up) return client.destroy();
    const upstream = net.connect(targetPort, '127.0.0.1');
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on('close', () => sockets.delete(s));
      s.on('error', () => {});
    }
    client.on('data', (d) => upstream.write(d));
    upstream.on('data', (d) => (holding ? undefined : client.write(d)));
    client.on('close', () => upstream.destroy());
    upstream.on('close', () => client.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as net.AddressInfo).port}`,
    /** Answers from the server stop arriving (and are lost when the link is cut). */
    hold: () => void (holding = true),
    cut() {
      up = false;
      for (const s of sockets) s.destroy();
    },
    restore() {
      up = true;
      holding = false;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

const cleanup: (() => unknown)[] = [];
afterAll(async () => {
  for (const step of cleanup.reverse()) await step();
});

describe('a client offline for 60 s with pending edits', () => {
  it('delivers every edit once the network is back, each autosave applied exactly once', async () => {
    const server = await startTestServer();
    cleanup.push(() => server.close());
    const link = await flakyLink(server.port);
    cleanup.push(() => link.close());
    const loop = await createLoop(server.url, loopRequest());
    const [round1] = await roundIds(server.url, loop.loopId, loop.organizer.token);

    const socket: Socket = io(link.url, {
      transports: ['websocket'],
      forceNew: true,
      auth: { token: loop.interviewer(1).token },
      reconnectionDelay: 500,
      reconnectionDelayMax: 2_000,
    });
    cleanup.push(() => socket.disconnect());
    const open = async () => {
      const ack = (await socket.timeout(5_000).emitWithAck('scorecard:open', { roundId: round1 })) as Ack<Scorecard>;
      if (!ack.ok) throw new Error(ack.error.message);
      return ack.data;
    };
    await new Promise<void>((resolve) => socket.once('connect', () => resolve()));
    const card = await open();

    const acks: PatchAck[] = [];
    const outbox = Outbox.claim({ local: new MemoryStorage(), session: new MemoryStorage(), documentId: card.id, instance: 'page-1', now: Date.now(), rules: SCORECARD.ops });
    const autosave = new Autosave(SCORECARD, card, {
      outbox,
      debounceMs: 50,
      maxWaitMs: 200,
      retryMs: 500,
      transport: {
        isConnected: () => socket.connected,
        send: async (patch: ScorecardPatch) => {
          const ack = (await socket.timeout(5_000).emitWithAck('scorecard:patch', patch)) as Ack<PatchAck>;
          if (ack.ok) acks.push(ack.data);
          return ack;
        },
      },
    });
    // As the page does: after every reconnect, re-open the scorecard and replay the outbox.
    socket.on('connect', () => void open().then((fresh) => (autosave.open(fresh), autosave.connected())).catch(() => {}));
    socket.on('disconnect', () => autosave.disconnected());

    const db = server.app.database.db;
    const stored = async () => (await db.select({ version: scorecards.version }).from(scorecards).where(eq(scorecards.id, card.id)))[0]!.version;

    // Online: five autosaves.
    for (let i = 1; i <= 5; i++) {
      autosave.edit({ op: 'setText', field: 'strengths', value: `Strength, take ${i}` });
      await autosave.whenSaved();
    }
    expect(await stored()).toBe(5);

    // The sixth reaches the server, but its ack is lost with the network.
    link.hold();
    autosave.edit({ op: 'setText', field: 'summary', value: 'Sent just before the network went' });
    await eventually(async () => (await stored()) === 6, 5_000, 'the sixth autosave to be stored');
    link.cut();
    await eventually(() => !socket.connected, 5_000, 'the client to notice');

    // A minute offline, writing all along: ratings, evidence, stories, a vote.
    const started = Date.now();
    const lps = LP_IDS.slice(0, 8);
    for (let minute = 0; Date.now() - started < OFFLINE_MS; minute++) {
      const lp = lps[minute % lps.length]!;
      autosave.edit({ op: 'setRating', lpId: lp, value: minute % 2 ? 'meets' : 'raises-the-bar' });
      autosave.edit({ op: 'setEvidence', lpId: lp, value: `Offline note ${minute} on ${lp}` }, { debounce: true });
      if (minute % 6 === 0) autosave.edit(storyOp(`Offline story ${minute}`));
      await new Promise((resolve) => setTimeout(resolve, 2_000));
    }
    autosave.edit({ op: 'setVote', value: 'inclined-hire' });
    autosave.flush();
    expect(autosave.getState().status).toBe('offline');
    expect(autosave.getState().pending).toBeGreaterThan(10);
    expect(await stored(), 'nothing reached the server while offline').toBe(6);

    link.restore();
    await eventually(() => socket.connected, 10_000, 'the reconnect');
    await Promise.race([autosave.whenSaved(), new Promise((_, reject) => setTimeout(() => reject(new Error('not saved within 15 s')), 15_000))]);

    // Everything typed is on the server, exactly as the page shows it...
    const server_ = await open();
    expect(server_.draft).toEqual(autosave.getState().draft);
    expect(server_.draft.summary).toBe('Sent just before the network went');
    expect(server_.draft.vote).toBe('inclined-hire');
    expect(server_.draft.stories.length).toBe(Math.ceil(OFFLINE_MS / 2_000 / 6));
    // ...and each autosave was applied once: one version per sequence number, the lost ack a duplicate.
    const seqs = (await db.select({ seq: scorecardPatches.seq }).from(scorecardPatches).where(eq(scorecardPatches.scorecardId, card.id))).map((r) => r.seq).sort((a, b) => a - b);
    expect(seqs, 'every sequence number applied once, none missing').toEqual(Array.from({ length: seqs.length }, (_, i) => i + 1));
    expect(seqs.length).toBeGreaterThan(6);
    expect(server_.version, 'one version per applied autosave').toBe(seqs.length);
    expect(acks.filter((a) => a.duplicate)).toHaveLength(1);
  }, 150_000);
});
