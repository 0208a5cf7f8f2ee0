import { applyPatchOps, emptyDraft, MAX_PATCH_BYTES, patchBytes, type PatchOp } from '@mockloop/shared';
import { describe, expect, it } from 'vitest';
import { mergeOps, Outbox, outboxKey, STALE_AFTER_MS, TAB_KEY } from '../../../client/src/autosave/outbox';
import { SCORECARD } from '../../../client/src/scorecard/autosave';
import { CARD_ID } from './cases';
import { MemoryStorage } from './fakes';

const summary = (value: string): PatchOp => ({ op: 'setText', field: 'summary', value });
let ids = 0;
const claim = (local: MemoryStorage, session: MemoryStorage, instance: string, now = 1000) =>
  Outbox.claim({ local, session, documentId: CARD_ID, instance, now, makeClientId: () => `tab-test${(ids += 1)}`, rules: SCORECARD.ops });

describe('Outbox', () => {
  it('stores patches under mockloop:outbox:<documentId> with the tab id from sessionStorage and a rising seq', () => {
    const local = new MemoryStorage();
    const session = new MemoryStorage();
    const outbox = claim(local, session, 'page-1');
    expect(session.getItem(TAB_KEY)).toBe(outbox.clientId);
    outbox.add([summary('a')]);
    outbox.markSent(1);
    outbox.add([summary('b')]);
    const stored = JSON.parse(local.getItem(outboxKey(CARD_ID))!);
    expect(stored.clients[outbox.clientId]).toMatchObject({ nextSeq: 3, pending: [{ seq: 1, sent: true }, { seq: 2, sent: false }] });
  });

  it('folds new ops into the last patch only while it was never sent, the later value winning per field', () => {
    const outbox = claim(new MemoryStorage(), new MemoryStorage(), 'p');
    outbox.add([summary('a')]);
    outbox.add([summary('ab'), { op: 'setVote', value: 'strong-hire' }]);
    expect(outbox.pending).toEqual([{ seq: 1, sent: false, ops: [summary('ab'), { op: 'setVote', value: 'strong-hire' }] }]);
    outbox.markSent(1);
    outbox.add([summary('abc')]);
    expect(outbox.pending.map((p) => p.seq)).toEqual([1, 2]);
    expect(outbox.pending[0]!.ops[0]).toEqual(summary('ab'));
  });

  it('keeps a reloaded tab on its id and seq, and gives a duplicated tab (live owner) a new id', () => {
    const local = new MemoryStorage();
    const session = new MemoryStorage();
    const first = claim(local, session, 'page-1');
    first.add([summary('a')]);
    first.release(); // pagehide
    const reloaded = claim(local, session, 'page-2');
    expect(reloaded.clientId).toBe(first.clientId);
    expect(reloaded.pending).toHaveLength(1);
    reloaded.add([{ op: 'setVote', value: 'strong-hire' }]);
    reloaded.markSent(1);
    reloaded.add([summary('x')]);
    expect(reloaded.pending.at(-1)!.seq).toBe(2);

    const copied = new MemoryStorage(); // "Duplicate tab" copies sessionStorage
    copied.setItem(TAB_KEY, session.getItem(TAB_KEY)!);
    const duplicate = claim(local, copied, 'page-3');
    expect(duplicate.clientId).not.toBe(reloaded.clientId);
  });

  it('lets a new tab take over a closed or silent tab’s waiting patches, never a live one’s', () => {
    const local = new MemoryStorage();
    const live = claim(local, new MemoryStorage(), 'page-live', 1000);
    live.add([summary('live')]);
    const fresh = claim(local, new MemoryStorage(), 'page-new', 2000);
    expect(fresh.clientId).not.toBe(live.clientId);
    expect(fresh.pending).toHaveLength(0);

    const later = claim(local, new MemoryStorage(), 'page-later', 1000 + STALE_AFTER_MS + 1);
    expect(later.clientId).toBe(live.clientId);
    expect(later.pending[0]!.ops).toEqual([summary('live')]);
  });

  it('starts afresh when the stored value is damaged', () => {
    const local = new MemoryStorage();
    local.setItem(outboxKey(CARD_ID), '{not json');
    const outbox = claim(local, new MemoryStorage(), 'p');
    expect(outbox.pending).toEqual([]);
  });
});

describe('mergeOps', () => {
  it('never folds a story removal into its creation', () => {
    const story = { id: '00000000-0000-4000-8000-000000000005', questionId: null, questionText: '', lps: [], situation: '', task: '', action: '', result: '', notes: '', flags: [], dataPoints: {} };
    const merged = mergeOps<PatchOp>([{ op: 'addStory', story }], [{ op: 'removeStory', storyId: story.id }], SCORECARD.ops);
    expect(merged.map((o) => o.op)).toEqual(['addStory', 'removeStory']);
  });
});

describe('patch size', () => {
  it('keeps at most the kind’s ops in one patch', () => {
    const outbox = claim(new MemoryStorage(), new MemoryStorage(), 'page-ops');
    const ops: PatchOp[] = Array.from({ length: 60 }, (_, i) => ({ op: 'markAsked', questionId: `q-${i}` }));
    outbox.add(ops);
    expect(outbox.pending.map((p) => p.ops.length)).toEqual([SCORECARD.ops.maxOps, 60 - SCORECARD.ops.maxOps]);
  });

  it('keeps every stored patch under the socket limit, splitting a story written in full', () => {
    const outbox = claim(new MemoryStorage(), new MemoryStorage(), 'page-size');
    const long = 'é'.repeat(9_000); // two bytes each in UTF-8
    const story = { id: '00000000-0000-4000-8000-000000000001', questionId: null, questionText: 'Q', lps: [], situation: long, task: long, action: long, result: long, notes: long, flags: [], dataPoints: {} };
    outbox.add([summary(long), { op: 'setText', field: 'strengths', value: long }, { op: 'setText', field: 'concerns', value: long }, { op: 'addStory', story }]);
    expect(outbox.pending.length).toBeGreaterThan(1);
    for (const patch of outbox.pending) expect(patchBytes(patch.ops)).toBeLessThanOrEqual(MAX_PATCH_BYTES);
    // Nothing is lost by splitting: the ops still build the same draft.
    const all = outbox.pending.flatMap((p) => p.ops);
    const draft = applyPatchOps(emptyDraft(), all);
    expect(draft.stories[0]).toEqual(story);
    expect([draft.summary, draft.strengths, draft.concerns]).toEqual([long, long, long]);
  });
});
