import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLIENT_COMMANDS, ErrorCode, type ClientCommand } from '@mockloop/shared';
import { loopRequest } from '../fixtures/loops.js';
import { api, createLoop } from '../helpers/api.js';
import { fingerprint, IGNORE_PRESENCE, type Fingerprint } from '../helpers/db-fingerprint.js';
import { storyOp } from '../helpers/scorecard.js';
import { startTestServer, type TestServer } from '../helpers/server.js';
import { closeAllClients, connected, createClient, type TestClient } from '../helpers/socket.js';
import { leaksInternals, mutated, nastyTree, SEED, toJson, type Tree } from './payloads.js';
import { createWorld, type Role, type World } from './world.js';

/**
 * Every client command gets hostile payloads from the role allowed to send it (so they reach
 * as deep as they can): random JSON, near-valid payloads with one thing wrong, prototype keys,
 * nesting thousands deep, numbers out of range, binary, wrong argument counts, no ack. The
 * server answers every ack in the documented shape, never `internal`, never disconnects the
 * sender, and a refused command leaves the database as it was.
 */

// Fewer cases than a fuzz that only checks the acks: every refused one is checked against the database.
const RUNS_PER_COMMAND = 80;
/** Under Socket.IO's 64 KB limit (checked on its own in limits.test.ts). */
const MAX_BYTES = 60_000;
const POOL = 6;

type Seed = {
  as: Role;
  payload: (w: World) => unknown;
  /** Runs on each pooled socket first, so payloads reach past the membership check. */
  prepare?: (socket: TestClient, w: World) => Promise<unknown>;
  /** Sockets in the pool; one where a second tab of the same person would replace the first. */
  pool?: number;
};
const joinCall = (socket: TestClient, w: World) => raw(socket).timeout(5_000).emitWithAck('call:join', { roundId: w.rounds[0] });

const VALID: Record<ClientCommand, Seed> = {
  'time:ping': { as: 'candidate', payload: () => ({ clientSendAt: 1_700_000_000_000 }) },
  'live:snapshot': { as: 'shadow', payload: () => ({}) },
  'presence:enter': { as: 'candidate', payload: (w) => ({ roundId: w.rounds[0] }) },
  'clock:start': { as: 'organizer', payload: (w) => ({ roundId: w.rounds[1] }) },
  'clock:pause': { as: 'organizer', payload: (w) => ({ roundId: w.rounds[1] }) },
  'clock:resume': { as: 'organizer', payload: (w) => ({ roundId: w.rounds[1] }) },
  'clock:extend': { as: 'organizer', payload: (w) => ({ roundId: w.rounds[1], minutes: 5 }) },
  'clock:end': { as: 'interviewer-of-this-round', payload: (w) => ({ roundId: w.rounds[0] }) },
  'scorecard:open': { as: 'interviewer-of-this-round', payload: (w) => ({ roundId: w.rounds[0] }) },
  'scorecard:patch': {
    as: 'interviewer-of-this-round',
    payload: (w) => ({
      scorecardId: w.cards[1],
      clientId: 'fuzz-tab-0001',
      seq: 1,
      ops: [
        { op: 'setText', field: 'summary', value: 'Owns outcomes.' },
        storyOp('Cut churn by 15%.'),
        { op: 'setRating', lpId: 'ownership', value: 'meets' },
        { op: 'setNotAssessedReason', lpId: 'frugality', value: 'No time.' },
        { op: 'markAsked', questionId: 'beh-ownership-01' },
        { op: 'setStoryDataPoint', storyId: w.stories[1], slot: 'team', entry: { status: 'confirmed', value: { kind: 'team', size: 8, whose: 'candidate' }, phrase: 'a team of 8' } },
        { op: 'setStoryDataPoint', storyId: w.stories[1], slot: 'duration:project', entry: { status: 'dismissed', phrase: null } },
        // Unlinking is always allowed; mutated ids name no shared bank story and are refused inside the transaction.
        { op: 'setStoryBankLink', storyId: w.stories[1], bankStoryId: null },
      ],
    }),
  },
  'scorecard:submit': { as: 'interviewer-of-this-round', payload: (w) => ({ scorecardId: w.cards[1] }) },
  'scorecard:suggest': { as: 'interviewer-of-this-round', payload: (w) => ({ scorecardId: w.cards[1], storyId: w.stories[1] }) },
  'question:show': { as: 'interviewer-of-this-round', payload: (w) => ({ roundId: w.rounds[0], text: 'Tell me about a time you failed.' }) },
  'whiteboard:open': { as: 'shadow', payload: (w) => ({ roundId: w.rounds[0] }) },
  'whiteboard:update': {
    as: 'candidate',
    payload: (w) => ({
      roundId: w.rounds[0],
      clientId: 'fuzz-board-0001',
      seq: 1,
      elements: [{ id: 'box-1', type: 'rectangle', version: 2, versionNonce: 99, isDeleted: false, x: 10, y: 20, width: 100, height: 50, text: 'API gateway' }],
    }),
  },
  'call:join': { as: 'shadow', payload: (w) => ({ roundId: w.rounds[0] }) },
  'call:leave': { as: 'candidate', payload: (w) => ({ roundId: w.rounds[0] }) },
  'call:signal': {
    as: 'shadow',
    pool: 1,
    prepare: joinCall,
    payload: (w) => ({ roundId: w.rounds[0], to: w.loop.candidate.participantId, description: { type: 'answer', sdp: 'v=0\r\na=recvonly\r\n' } }),
  },
  'writing:open': { as: 'candidate', payload: (w) => ({ loopId: w.loopId }) },
  'writing:start': { as: 'candidate', payload: (w) => ({ exerciseId: w.writing }) },
  'writing:patch': {
    as: 'candidate',
    payload: (w) => ({ exerciseId: w.writing, clientId: 'fuzz-writing-0001', seq: 1, ops: [{ op: 'choosePrompt', promptId: 'narrative-hard-decision' }, { op: 'setText', value: '## Decision\n\nI cut the scope by a third.' }] }),
  },
  'writing:submit': { as: 'candidate', payload: (w) => ({ exerciseId: w.writing }) },
};

type RawSocket = {
  connected: boolean;
  emit(event: string, ...args: unknown[]): void;
  timeout(ms: number): { emitWithAck(event: string, ...args: unknown[]): Promise<unknown> };
};
const raw = (socket: TestClient) => socket as unknown as RawSocket;

let server: TestServer;
let world: World;
const counts = { payloads: 0, accepted: 0, rateLimited: 0, refusedChecked: 0 };

beforeAll(async () => {
  server = await startTestServer();
  const other = await createLoop(server.url, loopRequest());
  world = await createWorld(server.url, other.organizer.token, 'card-open');
}, 120_000);
afterAll(async () => {
  world.close();
  closeAllClients();
  await server.close();
  console.info(`socket fuzz: ${counts.payloads} payloads over ${CLIENT_COMMANDS.length} commands, ${counts.accepted} accepted, ${counts.rateLimited} rate-limited, ${counts.refusedChecked} refused, each checked against the database`);
});

/**
 * Arguments as JSON text, written to the wire as is: the client's encoder (JSON.stringify)
 * cannot send an own `__proto__` key, 1e400 or nesting 5 000 deep, and fast-check's printer
 * could not show them. Binary goes through the client's encoder.
 */
type Shot = { args: string; binary?: number[]; withAck: boolean };

const fitting = (t: Tree) => Buffer.byteLength(toJson(t)) < MAX_BYTES;

type Engine = { write(data: string): void; on(e: 'packet', f: (p: { type: string; data?: unknown }) => void): void; off(e: 'packet', f: (p: { type: string; data?: unknown }) => void): void };
let nextAckId = 1_000_000;

/** Sends `event` with `shot`'s arguments as a raw Socket.IO EVENT packet; resolves with the ack. */
async function send(socket: TestClient, event: string, shot: Shot): Promise<unknown> {
  if (shot.binary) return raw(socket).timeout(5_000).emitWithAck(event, Buffer.from(shot.binary));
  const engine = (socket as unknown as { io: { engine: Engine } }).io.engine;
  const inner = shot.args.slice(1, -1);
  const data = `[${JSON.stringify(event)}${inner ? `,${inner}` : ''}]`;
  if (!shot.withAck) return engine.write(`2${data}`);
  const id = nextAckId++;
  return new Promise((resolve, reject) => {
    const onPacket = (packet: { type: string; data?: unknown }) => {
      if (packet.type !== 'message' || typeof packet.data !== 'string' || !packet.data.startsWith(`3${id}[`)) return;
      clearTimeout(timer);
      engine.off('packet', onPacket);
      resolve((JSON.parse(packet.data.slice(`3${id}`.length)) as unknown[])[0]);
    };
    const timer = setTimeout(() => {
      engine.off('packet', onPacket);
      reject(new Error(`no ack for ${event} within 5 s`));
    }, 5_000);
    engine.on('packet', onPacket);
    engine.write(`2${id}${data}`);
  });
}

function shots(valid: unknown): fc.Arbitrary<Shot> {
  const one = (t: Tree, withAck = true): Shot => ({ args: `[${toJson(t)}]`, withAck });
  return fc.oneof(
    { weight: 3, arbitrary: nastyTree(40_000).filter(fitting).map((t) => one(t)) },
    { weight: 5, arbitrary: mutated(valid, 20_000).filter(fitting).map((t) => one(t)) },
    { weight: 1, arbitrary: fc.constant<Shot>({ args: '[]', withAck: true }) },
    { weight: 1, arbitrary: fc.array(fc.constantFrom(valid, null, 1, 'x'), { minLength: 2, maxLength: 4 }).map((args): Shot => ({ args: JSON.stringify(args), withAck: true })) },
    { weight: 1, arbitrary: fc.array(fc.nat(255), { maxLength: 2_000 }).map((binary): Shot => ({ args: '[]', binary, withAck: true })) },
    { weight: 1, arbitrary: fc.constantFrom(valid, {}, 'ack?').map((payload): Shot => ({ args: JSON.stringify([payload]), withAck: false })) },
  );
}

describe('socket fuzzing: every command survives hostile payloads', () => {
  it('has a valid payload (the seed for mutations) for every command', () => {
    expect(Object.keys(VALID).sort()).toEqual([...CLIENT_COMMANDS].sort());
  });

  for (const event of CLIENT_COMMANDS) {
    it(`${event}: every ack in the documented shape, never internal, the sender stays connected, refusals change nothing`, async () => {
      const { as, payload, prepare, pool: size = POOL } = VALID[event];
      const token = world.tokens[as]!;
      const pool = await Promise.all(
        Array.from({ length: size }, async () => {
          const socket = createClient(server.url, { token });
          await connected(socket);
          await prepare?.(socket, world);
          return socket;
        }),
      );
      // Fingerprinted after every command, so each refusal is compared with the state just
      // before it: none can hide behind an accepted command that came later.
      let before: Fingerprint = await fingerprint(server.app.database.db, IGNORE_PRESENCE);
      const refusedChangesNothing = async (context: string) => {
        const after = await fingerprint(server.app.database.db, IGNORE_PRESENCE);
        expect(after, `${context}: a refused command changed the database`).toEqual(before);
        counts.refusedChecked++;
      };
      try {
        let turn = 0;
        await fc.assert(
          fc.asyncProperty(shots(payload(world)), async (generated) => {
            let shot = generated;
            counts.payloads++;
            const socket = pool[turn++ % size]!;
            // A new tab each time (seq 1 is its first patch), or every valid one after the first is a harmless duplicate.
            if (event === 'scorecard:patch') shot = { ...shot, args: shot.args.replace('"clientId":"fuzz-tab-0001"', `"clientId":"fuzz-tab-${String(counts.payloads).padStart(6, '0')}"`) };
            const context = `${event} ${shot.args.slice(0, 300)}`;
            if (!shot.withAck) {
              // Dropped on arrival (nothing to answer); a ping behind it on the same socket
              // comes back only after the server has read it.
              await send(socket, event, shot);
              await raw(socket).timeout(5_000).emitWithAck('time:ping', { clientSendAt: 1 });
              return void (await refusedChangesNothing(context));
            }
            const ack = (await send(socket, event, shot)) as { ok: boolean; data?: unknown; error?: { code: string; message: string } };
            expect(typeof ack?.ok, `${context}: ack ${JSON.stringify(ack)}`).toBe('boolean');
            if (ack.ok) {
              counts.accepted++;
              before = await fingerprint(server.app.database.db, IGNORE_PRESENCE);
              return;
            }
            expect(ErrorCode.safeParse(ack.error?.code).success, `${context}: ${JSON.stringify(ack)}`).toBe(true);
            expect(ack.error!.code, `${context}: ${ack.error!.message}`).not.toBe('internal');
            expect(typeof ack.error!.message).toBe('string');
            expect(leaksInternals(ack.error!.message), `${context}: ${ack.error!.message}`).toBeUndefined();
            if (ack.error!.code === 'rate-limited') counts.rateLimited++;
            await refusedChangesNothing(context);
          }),
          { seed: SEED, numRuns: RUNS_PER_COMMAND, endOnFailure: true },
        );
        for (const socket of pool) expect(socket.connected, `${event}: the sender was disconnected`).toBe(true);
        // Still answering, commands without an ack included.
        const pong = await raw(pool[0]!).timeout(5_000).emitWithAck('time:ping', { clientSendAt: 1 });
        expect(pong).toMatchObject({ ok: true });
      } finally {
        for (const socket of pool) socket.disconnect();
      }
    }, 120_000);
  }

  it('is still healthy afterwards', async () => {
    expect((await api(server.url, '/api/health')).status).toBe(200);
    expect(counts.rateLimited, 'the fuzz should measure validation, not the rate limit').toBeLessThan(counts.payloads / 10);
  });
});
