import { applyPatchOps, emptyDraft, type PatchOp } from '@mockloop/shared';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ScorecardAutosave } from '../../../client/src/scorecard/autosave';
import { Outbox, outboxKey } from '../../../client/src/scorecard/outbox';
import { CARD_ID, FakeTransport, MemoryStorage, card, settle } from './fakes';

const summary = (value: string): PatchOp => ({ op: 'setText', field: 'summary', value });

function setup(local = new MemoryStorage(), session = new MemoryStorage(), opened = card()) {
  const transport = new FakeTransport(local);
  const outbox = Outbox.claim({ local, session, scorecardId: CARD_ID, instance: crypto.randomUUID(), now: Date.now() });
  const autosave = new ScorecardAutosave(opened, { outbox, transport });
  return { autosave, transport, outbox, local, session };
}

/** Types `text` one character at a time, `gapMs` apart, into the summary. */
async function type(autosave: ScorecardAutosave, text: string, gapMs = 50) {
  for (let i = 1; i <= text.length; i += 1) {
    autosave.edit(summary(text.slice(0, i)), { debounce: true });
    await vi.advanceTimersByTimeAsync(gapMs);
  }
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('ScorecardAutosave', () => {
  it('applies an edit at once, waits for a pause in typing, stores the patch before sending it, and says Saved on the ack', async () => {
    const { autosave, transport } = setup();
    await type(autosave, 'Strong');
    expect(autosave.getState().draft.summary).toBe('Strong');
    expect(transport.sent).toHaveLength(0);
    expect(autosave.getState()).toMatchObject({ status: 'saving', pending: 1 });
    await vi.advanceTimersByTimeAsync(300);
    expect(transport.sent.map((s) => s.patch)).toEqual([{ scorecardId: CARD_ID, clientId: autosave.clientId, seq: 1, ops: [summary('Strong')] }]);
    expect(JSON.parse(transport.storedAtSend[0]!).clients[autosave.clientId].pending).toEqual([{ seq: 1, sent: true, ops: [summary('Strong')] }]);
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
    expect(transport.sent).toHaveLength(1);
    expect(transport.sent[0]!.patch.seq).toBe(2);
    transport.ackNext();
    await settle();
    expect(autosave.getState().status).toBe('saved');
  });

  it('sends a rating or a vote straight away, taking buffered text with it', async () => {
    const { autosave, transport } = setup();
    autosave.edit(summary('so far'), { debounce: true });
    autosave.edit({ op: 'setVote', value: 'inclined-hire' });
    expect(transport.sent[0]!.patch.ops).toEqual([summary('so far'), { op: 'setVote', value: 'inclined-hire' }]);
  });

  it('offline: counts what waits, folds unsent edits together, and replays in order on reconnect (duplicates harmless)', async () => {
    const { autosave, transport, outbox } = setup();
    autosave.edit({ op: 'setRating', lpId: 'ownership', value: 'meets' });
    transport.drop();
    autosave.disconnected();
    expect(autosave.getState()).toMatchObject({ status: 'offline', pending: 1 });
    await type(autosave, 'while offline');
    await vi.advanceTimersByTimeAsync(1000);
    autosave.edit({ op: 'setEvidence', lpId: 'ownership', value: 'ran 12 interviews' }, { debounce: true });
    await vi.advanceTimersByTimeAsync(1000);
    expect(autosave.getState()).toMatchObject({ status: 'offline', pending: 3 });
    expect(outbox.pending.map((p) => [p.seq, p.sent, p.ops.length])).toEqual([
      [1, true, 1],
      [2, false, 2],
    ]);

    transport.connected = true;
    autosave.open(card({ version: 0 })); // re-opened after the reconnect: the server never got seq 1
    autosave.connected();
    expect(autosave.getState().draft.summary).toBe('while offline');
    expect(transport.sent.map((s) => s.patch.seq)).toEqual([1]);
    transport.applied.add(`${autosave.clientId}:1`); // it did arrive before the drop after all
    expect(transport.ackNext().seq).toBe(1);
    await settle();
    expect(transport.sent.map((s) => s.patch.seq)).toEqual([2]);
    transport.ackNext();
    await settle();
    expect(autosave.getState()).toMatchObject({ status: 'saved', pending: 0 });
  });

  it('after a reload starts from the server’s draft and puts the unacknowledged edits back on top', async () => {
    const local = new MemoryStorage();
    const session = new MemoryStorage();
    const first = setup(local, session);
    first.transport.connected = false;
    await type(first.autosave, 'typed before the reload');
    first.autosave.edit({ op: 'setVote', value: 'strong-hire' });
    first.autosave.dispose();
    first.outbox.release();

    const server = card({ version: 4, draft: { ...emptyDraft(), strengths: 'from another tab', summary: 'old' } });
    const second = setup(local, session, server);
    expect(second.autosave.clientId).toBe(first.autosave.clientId);
    expect(second.autosave.getState().draft).toMatchObject({ strengths: 'from another tab', summary: 'typed before the reload', vote: 'strong-hire' });
    expect(second.transport.sent[0]!.patch.ops).toEqual([summary('typed before the reload'), { op: 'setVote', value: 'strong-hire' }]);
  });

  it('applies another tab’s edits except on fields with a pending edit here, and ignores its own echo and stale facts', async () => {
    const { autosave, transport } = setup(undefined, undefined, card({ version: 2 }));
    autosave.edit(summary('mine'), { debounce: true });
    const fact = (version: number, ops: PatchOp[], clientId = 'tab-other') => ({ scorecardId: CARD_ID, version, clientId, seq: version, ops });
    autosave.applyRemote(fact(3, [summary('theirs'), { op: 'setText', field: 'concerns', value: 'their concern' }]));
    expect(autosave.getState().draft).toMatchObject({ summary: 'mine', concerns: 'their concern' });
    autosave.applyRemote(fact(2, [{ op: 'setText', field: 'strengths', value: 'already in the draft' }]));
    autosave.applyRemote(fact(9, [{ op: 'setText', field: 'strengths', value: 'echo' }], autosave.clientId));
    expect(autosave.getState().draft.strengths).toBe('');

    await vi.advanceTimersByTimeAsync(300);
    transport.version = 4;
    transport.ackNext(); // our summary landed as version 5
    await settle();
    autosave.applyRemote(fact(4, [summary('older than ours')]));
    expect(autosave.getState().draft.summary).toBe('mine');
    autosave.applyRemote(fact(6, [summary('newer than ours')]));
    expect(autosave.getState().draft.summary).toBe('newer than ours');
  });

  it('two tabs converge: each applies the other’s patches as the server orders them', async () => {
    const local = new MemoryStorage();
    const a = setup(local, new MemoryStorage());
    const b = setup(local, new MemoryStorage());
    const server = { draft: emptyDraft(), version: 0 };
    const deliver = (from: ReturnType<typeof setup>, to: ReturnType<typeof setup>) => {
      const patch = from.transport.sent[0]!.patch;
      server.version += 1;
      server.draft = applyPatchOps(server.draft, patch.ops);
      from.transport.version = server.version - 1;
      from.transport.ackNext();
      to.autosave.applyRemote({ scorecardId: CARD_ID, version: server.version, clientId: patch.clientId, seq: patch.seq, ops: patch.ops });
    };
    a.autosave.edit(summary('A wrote this'));
    b.autosave.edit({ op: 'setText', field: 'strengths', value: 'B wrote this' });
    b.autosave.edit({ op: 'setVote', value: 'strong-hire' });
    deliver(b, a);
    deliver(a, b);
    await settle();
    deliver(b, a);
    await settle();
    expect(a.autosave.getState().draft).toEqual(server.draft);
    expect(b.autosave.getState().draft).toEqual(server.draft);
  });

  it('drops a change refused for good instead of blocking the rest, and locks on "already submitted"', async () => {
    const { autosave, transport } = setup();
    autosave.edit(summary('too long, say'));
    transport.sent.shift()!.resolve({ ok: false, error: { code: 'bad-request', message: 'summary: too long' } });
    await settle();
    expect(autosave.getState()).toMatchObject({ pending: 0, problem: expect.stringContaining('too long') });
    autosave.edit(summary('next'));
    transport.sent.shift()!.resolve({ ok: false, error: { code: 'locked', message: 'This scorecard is already submitted.' } });
    await settle();
    expect(autosave.getState()).toMatchObject({ locked: true, pending: 0 });
    autosave.edit(summary('ignored'));
    expect(transport.sent).toHaveLength(0);
  });

  it('after a refusal for good, resends the rest from the seq the server names as out-of-order', async () => {
    const { autosave, transport, local } = setup();
    autosave.edit(summary('refused'));
    transport.sent.shift()!.resolve({ ok: false, error: { code: 'bad-request', message: 'summary: too long' } });
    await settle();
    autosave.edit(summary('kept'));
    autosave.flush();
    expect(transport.sent[0]!.patch.seq).toBe(2);
    transport.sent.shift()!.resolve({ ok: false, error: { code: 'out-of-order', message: 'send 1 first', details: { expectedSeq: 1 } } });
    await settle();
    expect(transport.sent.map((s) => s.patch)).toEqual([{ scorecardId: CARD_ID, clientId: autosave.clientId, seq: 1, ops: [summary('kept')] }]);
    transport.ackNext();
    await settle();
    autosave.edit(summary('after'));
    expect(transport.sent[0]!.patch.seq).toBe(2);
    transport.ackNext();
    await settle();
    expect(autosave.getState()).toMatchObject({ status: 'saved', pending: 0, draft: { summary: 'after' } });
    expect(JSON.parse(local.getItem(outboxKey(CARD_ID))!).clients[autosave.clientId]).toMatchObject({ nextSeq: 3, pending: [] });
  });

  it('retries after no answer, and whenSaved waits for the last ack', async () => {
    const { autosave, transport, local } = setup();
    autosave.edit(summary('one'));
    transport.sent.shift()!.reject(new Error('timeout'));
    await settle();
    let saved = false;
    void autosave.whenSaved().then(() => (saved = true));
    await vi.advanceTimersByTimeAsync(1500);
    expect(transport.sent[0]!.patch.seq).toBe(1);
    expect(saved).toBe(false);
    transport.ackNext();
    await settle();
    expect(saved).toBe(true);
    expect(JSON.parse(local.getItem(outboxKey(CARD_ID))!).clients[autosave.clientId].pending).toEqual([]);
  });
});
