import type { WritingOp } from '@mockloop/shared/writing/contract';
import { describe, expect, it } from 'vitest';
import { WRITING } from '../../../client/src/features/writing/autosave';
import { EXERCISE_ID, exercise } from '../autosave/cases';
import { MemoryStorage, openPage, settle } from '../autosave/fakes';

// What only the writing exercise does; the contract every kind shares is in tests/client/autosave.
const text = (value: string): WritingOp => ({ op: 'setText', value });

const setup = (local = new MemoryStorage(), session = new MemoryStorage(), opened = exercise()) => openPage(WRITING, opened, local, session);

describe('the writing exercise’s autosave', () => {
  it('sends the prompt choice and the text as one patch on the exercise', () => {
    const { autosave, transport } = setup();
    autosave.edit(text('Draft'), { debounce: true });
    autosave.edit({ op: 'choosePrompt', promptId: 'p2' });
    expect(transport.sent[0]!.patch).toEqual({ exerciseId: EXERCISE_ID, clientId: autosave.clientId, seq: 1, ops: [text('Draft'), { op: 'choosePrompt', promptId: 'p2' }] });
    expect(autosave.getState().draft).toEqual({ text: 'Draft', chosenPromptId: 'p2' });
  });

  it('a text refused for good stays on the page, says why, and the next edit sends the whole text again', async () => {
    const { autosave, transport } = setup();
    autosave.edit(text('far too long'));
    transport.refuseNext('bad-request', 'The text is over its limit.');
    await settle();
    expect(autosave.getState()).toMatchObject({ pending: 0, problem: 'Not saved: The text is over its limit.', draft: { text: 'far too long' } });
    autosave.edit(text('far too long, cut'));
    expect(transport.sent[0]!.patch.ops).toEqual([text('far too long, cut')]);
  });

  it('locked by the deadline while changes were on the way: keeps them on the page to copy, and in storage', async () => {
    const { autosave, transport, outbox } = setup();
    autosave.edit(text('the last paragraph'));
    transport.refuseNext('locked', 'The deadline has passed.');
    await settle();
    expect(autosave.getState()).toMatchObject({
      locked: true,
      unsaved: { text: 'the last paragraph' },
      problem: 'The deadline has passed. Your last changes stay on this page; copy them if you need them.',
    });
    expect(outbox.pending.flatMap((p) => p.ops)).toEqual([text('the last paragraph')]);
    autosave.edit(text('ignored'));
    expect(transport.sent).toHaveLength(0);
  });

  it('a reload after the text was locked shows the locked text, and the changes it never got as unsaved', () => {
    const local = new MemoryStorage();
    const session = new MemoryStorage();
    const first = setup(local, session, exercise({ text: 'saved part' }));
    first.transport.connected = false;
    first.autosave.edit(text('saved part and more'));
    first.autosave.dispose();
    first.outbox.release();
    const locked = exercise({ status: 'locked', version: 5, text: 'saved part' });
    const second = setup(local, session, locked);
    expect(second.autosave.getState()).toMatchObject({
      locked: true,
      draft: { text: 'saved part' },
      unsaved: { text: 'saved part and more' },
      problem: 'The deadline passed before your last changes reached the server; the text was locked as last saved.',
    });
    expect(second.transport.sent).toHaveLength(0);
    second.autosave.dispose();
    second.outbox.release();
    const submitted = setup(local, session, exercise({ status: 'submitted', version: 5, text: 'saved part' }));
    expect(submitted.autosave.getState().problem).toBe('The text was submitted from another tab before your last changes here were saved.');
  });
});
