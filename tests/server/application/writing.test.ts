import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeAnchor, type WritingReviewDraft } from '@mockloop/shared';
import { createDemoLoop } from '../../../server/src/application/demo.js';
import { collectingFacts } from '../../../server/src/application/facts.js';
import { createWritingDeadlines } from '../../../server/src/application/writing-deadlines.js';
import { readWritingReviews, saveWritingReview, submitWritingReview } from '../../../server/src/application/writing-reviews.js';
import { openWriting, patchWriting, readWriting, setUpWriting, startWriting, submitWriting } from '../../../server/src/application/writing.js';
import { openDatabase, type DatabaseHandle } from '../../../server/src/db/database.js';
import { principalOf, type Principal } from '../../../server/src/domain/principal.js';
import type { CreatedLoop } from '../../../server/src/repositories/loops.js';
import { auditActions } from '../../helpers/audit.js';
import { BOTH_DATABASES } from '../../helpers/databases.js';
import { writingSetup } from '../../helpers/writing.js';

/**
 * The writing exercise's use cases on a real database (PGlite and Postgres) with a port that
 * keeps what would be published: autosave exactly once and in order, submission and the
 * deadline each locking the text exactly once, and who sees the text and the reviews when.
 */
const START = Date.parse('2026-03-02T09:00:00Z');
const silent = { error: () => {}, info: () => {} };
const TEXT = '# A decision\n\nI chose to ship the **smaller** release two weeks early, and we cut refund time by 40%.';

describe.each(BOTH_DATABASES)('the writing exercise on $name', ({ missing, create }) => {
  let handle: DatabaseHandle;
  let drop: () => Promise<void>;
  let now = START;
  const deps = () => ({ db: handle.db, now: () => now });

  beforeAll(async () => {
    if (missing) return;
    const database = await create();
    drop = database.drop;
    handle = await openDatabase({ databaseUrl: database.databaseUrl, dataDir: database.dataDir });
  });
  afterAll(async () => {
    await handle?.close();
    await drop?.();
  });

  /** A fresh demo loop: its people as principals, reviewers the first two interviewers. */
  async function freshLoop() {
    now = START;
    const { result: loop } = await createDemoLoop({ db: handle.db, now: () => START });
    const as = (pick: (p: CreatedLoop['participants'][number]) => boolean): Principal => principalOf({ ...loop.participants.find(pick)!, loopId: loop.loopId });
    const interviewers = loop.participants.filter((p) => p.role === 'interviewer');
    return {
      loop,
      organizer: as((p) => p.role === 'organizer'),
      candidate: as((p) => p.role === 'candidate'),
      reviewer: as((p) => p.id === interviewers[0]!.id),
      otherReviewer: as((p) => p.id === interviewers[1]!.id),
      notReviewer: as((p) => p.id === interviewers[2]!.id),
      reviewerIds: [interviewers[0]!.id, interviewers[1]!.id],
    };
  }

  it.skipIf(missing)('applies each (client, seq) once and in order; a replay changes nothing; a gap is answered with the seq expected', async () => {
    const w = await freshLoop();
    const { result: exercise } = await setUpWriting(deps(), w.organizer, writingSetup(w.reviewerIds, { type: 'take-home', dueAt: new Date(START + 86_400_000).toISOString() }));
    const patch = (clientId: string, seq: number, value: string) => ({ exerciseId: exercise.id, clientId, seq, ops: [{ op: 'setText' as const, value }] });

    const first = await patchWriting(deps(), w.candidate, { ...patch('tab-aaaaaaaa', 1, 'one'), ops: [{ op: 'choosePrompt', promptId: 'narrative-hard-decision' }, { op: 'setText', value: 'one' }] }, 'socket-1');
    expect(first.result).toEqual({ version: exercise.version + 1, duplicate: false, words: 1 });
    expect(first.facts).toEqual([expect.objectContaining({ event: 'writing:patched', rooms: [`participant:${w.candidate.participantId}`], exceptOrigin: 'socket-1' })]);

    const replay = await patchWriting(deps(), w.candidate, patch('tab-aaaaaaaa', 1, 'replayed'), 'socket-1');
    expect(replay).toEqual({ result: { version: exercise.version + 1, duplicate: true, words: 1 }, facts: [] });

    await expect(patchWriting(deps(), w.candidate, patch('tab-aaaaaaaa', 3, 'three'))).rejects.toMatchObject({ code: 'out-of-order', details: { expectedSeq: 2 } });
    // A second tab has its own sequence; per text the last applied wins.
    await patchWriting(deps(), w.candidate, patch('tab-bbbbbbbb', 1, 'from the other tab'));
    await patchWriting(deps(), w.candidate, patch('tab-aaaaaaaa', 2, TEXT));
    const read = (await openWriting(deps(), w.candidate, w.loop.loopId)).result;
    expect(read.text).toBe(TEXT);
    expect(read.version).toBe(exercise.version + 3);
  });

  it.skipIf(missing)('shows the text to the candidate only until it is submitted, then to its reviewers and never to anyone else', async () => {
    const w = await freshLoop();
    const { result: exercise } = await setUpWriting(deps(), w.organizer, writingSetup(w.reviewerIds));
    await startWriting(deps(), w.candidate, exercise.id);
    await patchWriting(deps(), w.candidate, { exerciseId: exercise.id, clientId: 'tab-cccccccc', seq: 1, ops: [{ op: 'choosePrompt', promptId: 'narrative-hard-decision' }, { op: 'setText', value: TEXT }] });
    for (const who of [w.reviewer, w.notReviewer, w.organizer]) expect((await readWriting(deps(), who)).result.text).toBeNull();
    await expect(readWritingReviews(deps(), w.notReviewer)).rejects.toMatchObject({ code: 'forbidden' });
    await expect(saveWritingReview(deps(), w.reviewer, emptyReview())).rejects.toMatchObject({ code: 'conflict' });

    const submitted = await submitWriting(deps(), w.candidate, exercise.id);
    expect(submitted.result.status).toBe('submitted');
    expect(submitted.facts.map((f) => 'event' in f && f.event)).toEqual(['writing:changed', 'loop:changed']);
    expect((await readWriting(deps(), w.reviewer)).result.text).toBe(TEXT);
    for (const who of [w.notReviewer, w.organizer]) expect((await readWriting(deps(), who)).result.text).toBeNull();
    await expect(submitWriting(deps(), w.candidate, exercise.id)).rejects.toMatchObject({ code: 'locked' });
    await expect(patchWriting(deps(), w.candidate, { exerciseId: exercise.id, clientId: 'tab-cccccccc', seq: 2, ops: [{ op: 'setText', value: 'late' }] })).rejects.toMatchObject({ code: 'locked' });
    expect(await auditActions(handle.db, w.loop.loopId, 'writing.')).toEqual(['writing.set-up', 'writing.started', 'writing.submitted']);
  });

  it.skipIf(missing)('refuses a text over the length limit with the count, and keeps it stored to be cut', async () => {
    const w = await freshLoop();
    const { result: exercise } = await setUpWriting(deps(), w.organizer, { ...writingSetup(w.reviewerIds, { type: 'timed', durationMinutes: 60 }), lengthLimit: { unit: 'words', value: 100 } });
    await startWriting(deps(), w.candidate, exercise.id);
    const long = Array.from({ length: 120 }, (_, i) => `word${i}`).join(' ');
    await patchWriting(deps(), w.candidate, { exerciseId: exercise.id, clientId: 'tab-dddddddd', seq: 1, ops: [{ op: 'choosePrompt', promptId: 'prfaq-small-business-returns' }, { op: 'setText', value: long }] });
    await expect(submitWriting(deps(), w.candidate, exercise.id)).rejects.toMatchObject({ code: 'bad-request', message: 'The text is 120 words; the limit is 100. Cut 20 words, then submit.' });
    expect((await openWriting(deps(), w.candidate, w.loop.loopId)).result.text).toBe(long);
    await expect(patchWriting(deps(), w.candidate, { exerciseId: exercise.id, clientId: 'tab-dddddddd', seq: 2, ops: [{ op: 'setText', value: 'x'.repeat(40_000) }] })).rejects.toMatchObject({ code: 'payload-too-large' });
    expect((await openWriting(deps(), w.candidate, w.loop.loopId)).result.text).toBe(long);
  });

  it.skipIf(missing)('locks a timed exercise at its deadline exactly once, with nobody connected, however many processes race', async () => {
    const w = await freshLoop();
    const { result: exercise } = await setUpWriting(deps(), w.organizer, writingSetup(w.reviewerIds, { type: 'timed', durationMinutes: 30 }));
    const started = await startWriting(deps(), w.candidate, exercise.id);
    expect(started.result.clock?.status).toBe('running');
    await patchWriting(deps(), w.candidate, { exerciseId: exercise.id, clientId: 'tab-eeeeeeee', seq: 1, ops: [{ op: 'choosePrompt', promptId: 'narrative-hard-decision' }, { op: 'setText', value: TEXT }] });

    const facts = [collectingFacts(), collectingFacts(), collectingFacts()];
    const processes = facts.map((port) => createWritingDeadlines({ db: handle.db, facts: port, log: silent, now: () => now, sweepIntervalMs: 60_000 }));
    expect(await processes[0]!.expire(exercise.id)).toBe(false); // not due yet
    now = START + 30 * 60_000;
    await expect(patchWriting(deps(), w.candidate, { exerciseId: exercise.id, clientId: 'tab-eeeeeeee', seq: 2, ops: [{ op: 'setText', value: 'after time' }] })).rejects.toMatchObject({ code: 'locked' });
    const won = await Promise.all(processes.map((p) => p.sweep().then(() => p.expire(exercise.id))));
    expect(won.filter(Boolean).length).toBeLessThanOrEqual(1);
    expect(facts.flatMap((f) => f.published).filter((f) => 'event' in f && f.event === 'writing:changed')).toHaveLength(1);
    const locked = (await readWriting(deps(), w.reviewer)).result;
    expect(locked).toMatchObject({ status: 'locked', text: TEXT, lockedAt: new Date(START + 30 * 60_000).toISOString() });
    expect(locked.clock).toMatchObject({ status: 'ended', endReason: 'expired' });
    await expect(submitWriting(deps(), w.candidate, exercise.id)).rejects.toMatchObject({ code: 'locked' });
    expect((await auditActions(handle.db, w.loop.loopId, 'writing.')).filter((a) => a === 'writing.locked')).toHaveLength(1);
    for (const p of processes) p.stop();
  });

  it.skipIf(missing)('keeps reviews independent: comments must quote the text where they point; others read only after submitting, with the debrief open', async () => {
    const w = await freshLoop();
    const { result: exercise } = await setUpWriting(deps(), w.organizer, writingSetup(w.reviewerIds));
    await startWriting(deps(), w.candidate, exercise.id);
    await patchWriting(deps(), w.candidate, { exerciseId: exercise.id, clientId: 'tab-ffffffff', seq: 1, ops: [{ op: 'choosePrompt', promptId: 'narrative-hard-decision' }, { op: 'setText', value: TEXT }] });
    await submitWriting(deps(), w.candidate, exercise.id);

    const at = TEXT.indexOf('two weeks early');
    const anchor = makeAnchor(TEXT, at, at + 'two weeks early'.length)!;
    await expect(saveWritingReview(deps(), w.reviewer, { ...emptyReview(), comments: [{ id: randomUUID(), anchor: { ...anchor, from: anchor.from + 1, to: anchor.to + 1 }, body: 'Why?' }] })).rejects.toMatchObject({ code: 'bad-request' });
    const draft = { ...emptyReview(), comments: [{ id: randomUUID(), anchor, body: 'What made two weeks the right call?' }] };
    expect((await saveWritingReview(deps(), w.reviewer, draft)).result.own?.draft.comments).toHaveLength(1);
    await expect(submitWritingReview(deps(), w.reviewer, draft)).rejects.toMatchObject({ code: 'bad-request' });
    const complete: WritingReviewDraft = { ...draft, ratings: { clarity: 'meets', structure: 'meets', 'customer-focus': 'below', data: 'raises-the-bar', 'lps-shown': 'meets' }, lpsShown: ['bias-for-action'], vote: 'inclined-hire' };
    await submitWritingReview(deps(), w.reviewer, complete);
    await submitWritingReview(deps(), w.otherReviewer, { ...complete, comments: [] });
    await expect(saveWritingReview(deps(), w.reviewer, complete)).rejects.toMatchObject({ code: 'locked' });
    // No debrief yet: each reviewer sees only their own.
    expect((await readWritingReviews(deps(), w.reviewer)).result.others).toEqual([]);
  });
});

function emptyReview(): WritingReviewDraft {
  return { ratings: {}, lpsShown: [], vote: null, summary: '', practice: '', comments: [] };
}
