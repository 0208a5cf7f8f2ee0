import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Autosave, AutosaveTypes } from '../../../client/src/autosave/engine';
import { outboxKey } from '../../../client/src/autosave/outbox';
import { SCORECARD_CASE, WRITING_CASE, type Case } from './cases';
import { openPage, type FakeTransport, MemoryStorage, settle } from './fakes';

/**
 * The autosave contract every document kind gets from the one engine: stored before sent,
 * one patch in flight in seq order, exactly once across drops and reloads, other tabs'
 * changes merged field by field, refusals that never block later changes.
 */
function contract<T extends AutosaveTypes & { patch: { clientId: string; seq: number; ops: unknown[] } }>(c: Case<T>) {
  const setup = (local = new MemoryStorage(), session = new MemoryStorage(), opened = c.doc()) => openPage(c.kind, opened, local, session);

  /** Types `text` one character at a time, `gapMs` apart. */
  async function type(autosave: Autosave<T>, text: string, gapMs = 50) {
    for (let i = 1; i <= text.length; i += 1) {
      autosave.edit(c.typing(text.slice(0, i)), { debounce: true });
      await vi.advanceTimersByTimeAsync(gapMs);
    }
  }

  const opsOf = (transport: FakeTransport<T['patch']>) => transport.sent.map((s) => s.patch.ops);

  describe(`autosave of a ${c.name}`, () => {
    it('applies an edit at once, waits for a pause in typing, stores the patch before sending it, and says Saved on the ack', async () => {
      const { autosave, transport } = setup();
      await type(autosave, 'Strong');
      expect(c.text(autosave.getState().draft)).toBe('Strong');
      expect(transport.sent).toHaveLength(0);
      expect(autosave.getState()).toMatchObject({ status: 'saving', pending: 1 });
      await vi.advanceTimersByTimeAsync(c.kind.debounceMs);
      expect(transport.sent.map((s) => s.patch)).toEqual([c.kind.patch(c.documentId, autosave.clientId, 1, [c.typing('Strong')])]);
      expect(JSON.parse(transport.storedAtSend[0]!).clients[autosave.clientId].pending).toEqual([{ seq: 1, sent: true, ops: [c.typing('Strong')] }]);
      transport.ackNext();
      await settle();
      expect(autosave.getState()).toMatchObject({ status: 'saved', pending: 0 });
    });

    it('still saves during non-stop typing (at most ~2 s behind), one patch in flight at a time, in order', async () => {
      const { autosave, transport } = setup();
      await type(autosave, 'x'.repeat(60), 50); // 3 s of typing
      expect(transport.sent).toHaveLength(1);
      await vi.advanceTimersByTimeAsync(5000);
      expect(transport.sent).toHaveLength(1); // the next waits for the ack
      transport.ackNext();
      await settle();
      expect(transport.sent.map((s) => s.patch.seq)).toEqual([2]);
      transport.ackNext();
      await settle();
      expect(autosave.getState()).toMatchObject({ status: 'saved', pending: 0 });
      expect(c.text(autosave.getState().draft)).toBe('x'.repeat(60));
    });

    it('sends an edit that is not typing straight away, taking buffered typing with it', async () => {
      const { autosave, transport } = setup();
      autosave.edit(c.typing('so far'), { debounce: true });
      autosave.edit(c.other('p2'));
      expect(opsOf(transport)).toEqual([[c.typing('so far'), c.other('p2')]]);
    });

    it('offline: counts what waits, folds unsent edits together, and replays in order on reconnect (duplicates harmless)', async () => {
      const { autosave, transport, outbox } = setup();
      autosave.edit(c.other('p1'));
      transport.drop();
      autosave.disconnected();
      expect(autosave.getState()).toMatchObject({ status: 'offline', pending: 1 });
      await type(autosave, 'while offline');
      await vi.advanceTimersByTimeAsync(1000);
      autosave.edit(c.other('p2'));
      expect(autosave.getState()).toMatchObject({ status: 'offline', pending: 3 });
      expect(outbox.pending.map((p) => [p.seq, p.sent, p.ops])).toEqual([
        [1, true, [c.other('p1')]],
        [2, false, [c.typing('while offline'), c.other('p2')]],
      ]);

      transport.connected = true;
      autosave.open(c.doc(0)); // re-opened after the reconnect: the server never answered seq 1
      autosave.connected();
      expect(c.text(autosave.getState().draft)).toBe('while offline');
      expect(transport.sent.map((s) => s.patch.seq)).toEqual([1]);
      transport.applied.add(`${autosave.clientId}:1`); // it did arrive before the drop after all
      expect(transport.ackNext().seq).toBe(1);
      await settle();
      expect(transport.sent.map((s) => s.patch.seq)).toEqual([2]);
      transport.ackNext();
      await settle();
      expect(autosave.getState()).toMatchObject({ status: 'saved', pending: 0 });
      expect(transport.version).toBe(1); // seq 1 counted once
    });

    it('after a reload starts from the server’s document and puts the unacknowledged edits back on top, under the same client id', async () => {
      const local = new MemoryStorage();
      const session = new MemoryStorage();
      const first = setup(local, session);
      first.transport.connected = false;
      await type(first.autosave, 'typed before the reload');
      first.autosave.edit(c.other('p2'));
      first.autosave.dispose();
      first.outbox.release();

      const second = setup(local, session, c.doc(4, 'old'));
      expect(second.autosave.clientId).toBe(first.autosave.clientId);
      expect(c.text(second.autosave.getState().draft)).toBe('typed before the reload');
      expect(c.otherValue(second.autosave.getState().draft)).toBe('p2');
      expect(opsOf(second.transport)).toEqual([[c.typing('typed before the reload'), c.other('p2')]]);
    });

    it('applies another tab’s edits except on fields with a pending edit here, and ignores its own echo and stale facts', async () => {
      const { autosave, transport } = setup(undefined, undefined, c.doc(2));
      autosave.edit(c.typing('mine'), { debounce: true });
      autosave.applyRemote(c.fact(3, [c.typing('theirs'), c.other('p1')]));
      expect(c.text(autosave.getState().draft)).toBe('mine');
      expect(c.otherValue(autosave.getState().draft)).toBe('p1');
      autosave.applyRemote(c.fact(2, [c.other('already in the document')]));
      autosave.applyRemote(c.fact(9, [c.other('echo')], autosave.clientId));
      expect(c.otherValue(autosave.getState().draft)).toBe('p1');

      await vi.advanceTimersByTimeAsync(c.kind.debounceMs);
      transport.version = 4;
      transport.ackNext(); // our text landed as version 5
      await settle();
      autosave.applyRemote(c.fact(4, [c.typing('older than ours')]));
      expect(c.text(autosave.getState().draft)).toBe('mine');
      autosave.applyRemote(c.fact(6, [c.typing('newer than ours')]));
      expect(c.text(autosave.getState().draft)).toBe('newer than ours');
    });

    it('drops a change refused for good instead of blocking the rest, then resends from the seq the server names as out-of-order', async () => {
      const { autosave, transport, local } = setup();
      autosave.edit(c.typing('refused'));
      transport.refuseNext('bad-request', 'the text is too long');
      await settle();
      expect(autosave.getState()).toMatchObject({ pending: 0, problem: expect.stringContaining('the text is too long') });
      autosave.edit(c.typing('kept'));
      expect(autosave.getState().problem).toBeNull();
      expect(transport.sent[0]!.patch.seq).toBe(2);
      transport.refuseNext('out-of-order', 'send 1 first', { expectedSeq: 1 });
      await settle();
      expect(transport.sent.map((s) => s.patch)).toEqual([c.kind.patch(c.documentId, autosave.clientId, 1, [c.typing('kept')])]);
      transport.ackNext();
      await settle();
      autosave.edit(c.typing('after'));
      expect(transport.sent[0]!.patch.seq).toBe(2);
      transport.ackNext();
      await settle();
      expect(autosave.getState()).toMatchObject({ status: 'saved', pending: 0 });
      expect(c.text(autosave.getState().draft)).toBe('after');
      expect(JSON.parse(local.getItem(outboxKey(c.documentId))!).clients[autosave.clientId]).toMatchObject({ nextSeq: 3, pending: [] });
    });

    it('an out-of-order answer it cannot act on waits and asks again, instead of resending at once', async () => {
      const { autosave, transport } = setup();
      autosave.edit(c.typing('one'));
      transport.refuseNext('out-of-order', 'not now', {});
      await settle();
      expect(transport.sent).toHaveLength(0);
      await vi.advanceTimersByTimeAsync(1500);
      expect(transport.sent.map((s) => s.patch.seq)).toEqual([1]);
    });

    it('retries after no answer or a passing failure, and whenSaved waits for the last ack', async () => {
      const { autosave, transport, local } = setup();
      autosave.edit(c.typing('one'));
      transport.sent.shift()!.reject(new Error('timeout'));
      await settle();
      let saved = false;
      void autosave.whenSaved().then(() => (saved = true));
      await vi.advanceTimersByTimeAsync(1500);
      expect(transport.sent[0]!.patch.seq).toBe(1);
      transport.refuseNext('unavailable', 'the database is restarting');
      await settle();
      expect(autosave.getState().problem).toBeNull();
      await vi.advanceTimersByTimeAsync(1500);
      expect(transport.sent[0]!.patch.seq).toBe(1);
      expect(saved).toBe(false);
      transport.ackNext();
      await settle();
      expect(saved).toBe(true);
      expect(JSON.parse(local.getItem(outboxKey(c.documentId))!).clients[autosave.clientId].pending).toEqual([]);
    });

    it('an answer from before a disconnect does not start a second send loop', async () => {
      const { autosave, transport } = setup();
      autosave.edit(c.typing('one'));
      const late = transport.sent.shift()!;
      autosave.disconnected();
      autosave.connected(); // the reconnect sends seq 1 again
      expect(transport.sent.map((s) => s.patch.seq)).toEqual([1]);
      autosave.edit(c.other('p1')); // seq 2 waits behind it
      late.resolve({ ok: true, data: { version: 1, duplicate: false } });
      await settle();
      expect(transport.sent.map((s) => s.patch.seq)).toEqual([1]); // still one in flight
      transport.ackNext();
      await settle();
      expect(transport.sent.map((s) => s.patch.seq)).toEqual([2]);
    });
  });
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

contract(SCORECARD_CASE);
contract(WRITING_CASE);
