import type { Ack, WhiteboardAck, WhiteboardElement, WhiteboardScene, WhiteboardUpdate } from '@mockloop/shared';
import { MAX_UPDATE_BYTES, MAX_UPDATE_ELEMENTS, jsonBytes } from '@mockloop/shared';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { batches, WhiteboardSync, type SyncStatus } from '../../../client/src/features/whiteboard/whiteboardSync';

const ROUND = '00000000-0000-4000-8000-000000000001';
const el = (id: string, version = 1, extra: Record<string, unknown> = {}): WhiteboardElement => ({ id, type: 'rectangle', version, versionNonce: 1, isDeleted: false, ...extra });

/** A server in memory with the real rules: in order per client, replays are duplicates. */
function fakeServer(scene: WhiteboardElement[] = []) {
  const lastSeq = new Map<string, number>();
  const received: WhiteboardUpdate[] = [];
  const answers: (Ack<WhiteboardAck> | null)[] = []; // queued special answers (null: no answer)
  let up = true;
  return {
    received,
    answers,
    setUp: (value: boolean) => void (up = value),
    transport: {
      connected: () => up,
      open: async (): Promise<Ack<WhiteboardScene>> => ({ ok: true, data: { roundId: ROUND, version: 0, elements: scene, canDraw: true } }),
      update: async (u: WhiteboardUpdate): Promise<Ack<WhiteboardAck>> => {
        const special = answers.shift();
        if (special === null) throw new Error('timeout');
        if (special) return special;
        const last = lastSeq.get(u.clientId) ?? 0;
        if (u.seq <= last) return { ok: true, data: { version: 0, duplicate: true } };
        if (u.seq !== last + 1) return { ok: false, error: { code: 'conflict', message: 'gap' } };
        lastSeq.set(u.clientId, u.seq);
        received.push(u);
        return { ok: true, data: { version: received.length, duplicate: false } };
      },
    },
  };
}

function listener() {
  const statuses: SyncStatus[] = [];
  return { statuses, onScene: vi.fn(), onRemote: vi.fn(), onStatus: (s: SyncStatus) => void statuses.push(s) };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('WhiteboardSync', () => {
  it('sends only what changed, once, after a pause in drawing, in seq order', async () => {
    const server = fakeServer([el('kept', 3)]);
    const sync = new WhiteboardSync(ROUND, server.transport, listener(), 150);
    await sync.open();
    sync.localChange([el('kept', 3), el('a', 1)]);
    sync.localChange([el('kept', 3), el('a', 2)]);
    expect(server.received).toHaveLength(0); // still drawing
    await vi.advanceTimersByTimeAsync(150);
    sync.localChange([el('kept', 3), el('a', 2), el('b', 1)]);
    await vi.advanceTimersByTimeAsync(150);
    expect(server.received.map((u) => [u.seq, u.elements.map((e) => `${e.id}@${e.version}`)])).toEqual([
      [1, ['a@2']],
      [2, ['b@1']],
    ]);
    expect(sync.pending).toBe(0);
  });

  it('keeps updates while offline or unanswered and sends them in order when back', async () => {
    const server = fakeServer();
    const sync = new WhiteboardSync(ROUND, server.transport, listener(), 10);
    await sync.open();
    server.answers.push(null); // the first try gets no answer
    sync.localChange([el('a')]);
    await vi.advanceTimersByTimeAsync(10);
    server.setUp(false);
    sync.localChange([el('a'), el('b')]);
    await vi.advanceTimersByTimeAsync(2000);
    expect(sync.pending).toBe(2);
    server.setUp(true);
    await sync.open(); // the reconnect
    await vi.advanceTimersByTimeAsync(10);
    expect(server.received.map((u) => u.elements[0]!.id)).toEqual(['a', 'b']);
    expect(sync.pending).toBe(0);
  });

  it('starts a new client with renumbered updates when the server refuses a gap', async () => {
    const server = fakeServer();
    const sync = new WhiteboardSync(ROUND, server.transport, listener(), 10);
    await sync.open();
    server.answers.push({ ok: false, error: { code: 'conflict', message: 'gap' } });
    sync.localChange([el('a')]);
    await vi.advanceTimersByTimeAsync(10);
    expect(server.received).toEqual([expect.objectContaining({ seq: 1, elements: [el('a')] })]);
  });

  it('merges facts from other drawers and does not send them back', async () => {
    const server = fakeServer();
    const events = listener();
    const sync = new WhiteboardSync(ROUND, server.transport, events, 10);
    await sync.open();
    sync.remote({ roundId: ROUND, version: 1, clientId: 'someone-else', seq: 1, elements: [el('theirs', 4)] });
    expect(events.onRemote).toHaveBeenCalledWith([el('theirs', 4)]);
    sync.localChange([el('theirs', 4)]);
    await vi.advanceTimersByTimeAsync(10);
    expect(server.received).toEqual([]);
  });

  it('cuts large changes into updates under the limits', () => {
    const big = Array.from({ length: 450 }, (_, i) => el(`e${i}`, 1, { points: Array.from({ length: 20 }, (_, j) => [i, j]) }));
    const cut = batches(big);
    expect(cut.flat()).toEqual(big);
    for (const batch of cut) {
      expect(batch.length).toBeLessThanOrEqual(MAX_UPDATE_ELEMENTS);
      expect(jsonBytes(batch)).toBeLessThanOrEqual(MAX_UPDATE_BYTES);
    }
  });
});
