import { applyPatchOps, emptyDraft, type PatchOp } from '@mockloop/shared';
import { describe, expect, it } from 'vitest';
import { SCORECARD } from '../../../client/src/scorecard/autosave';
import { CARD_ID, card } from '../autosave/cases';
import { MemoryStorage, openPage, settle } from '../autosave/fakes';

// What only the scorecard does; the contract every kind shares is in tests/client/autosave.
const summary = (value: string): PatchOp => ({ op: 'setText', field: 'summary', value });

const setup = (local = new MemoryStorage(), session = new MemoryStorage(), opened = card()) => openPage(SCORECARD, opened, local, session);

describe('the scorecard’s autosave', () => {
  it('sends a rating or a vote straight away, taking buffered text with it', () => {
    const { autosave, transport } = setup();
    autosave.edit(summary('so far'), { debounce: true });
    autosave.edit({ op: 'setVote', value: 'inclined-hire' });
    expect(transport.sent[0]!.patch).toEqual({ scorecardId: CARD_ID, clientId: autosave.clientId, seq: 1, ops: [summary('so far'), { op: 'setVote', value: 'inclined-hire' }] });
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

  it('once submitted elsewhere, drops what was not saved, says so, and takes no more edits', async () => {
    const { autosave, transport, outbox } = setup();
    autosave.edit(summary('next'));
    transport.refuseNext('locked', 'This scorecard is already submitted.');
    await settle();
    expect(autosave.getState()).toMatchObject({ locked: true, pending: 0, unsaved: null, problem: 'This scorecard was already submitted, so later changes were not saved.' });
    expect(outbox.pending).toEqual([]);
    autosave.edit(summary('ignored'));
    expect(transport.sent).toHaveLength(0);
    expect(autosave.getState().draft.summary).toBe('next');
  });

  it('a reload that finds the scorecard submitted shows the submitted draft and forgets the waiting edits quietly', () => {
    const local = new MemoryStorage();
    const session = new MemoryStorage();
    const first = setup(local, session);
    first.transport.connected = false;
    first.autosave.edit(summary('never sent'));
    first.autosave.dispose();
    first.outbox.release();
    const submitted = card({ status: 'submitted', version: 3, draft: { ...emptyDraft(), summary: 'as submitted' } });
    const second = setup(local, session, submitted);
    expect(second.autosave.getState()).toMatchObject({ locked: true, pending: 0, problem: null, draft: { summary: 'as submitted' } });
    expect(second.outbox.pending).toEqual([]);
  });
});
