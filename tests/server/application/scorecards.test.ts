import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PatchOp } from '@mockloop/shared';
import { createDemoLoop } from '../../../server/src/application/demo.js';
import { collectingFacts, deliverTo } from '../../../server/src/application/facts.js';
import { openScorecard, patchScorecard, readScorecard, submitScorecard } from '../../../server/src/application/scorecards.js';
import { openDatabase, type DatabaseHandle } from '../../../server/src/db/database.js';
import { participantRoom, principalOf, type Principal } from '../../../server/src/domain/principal.js';
import type { CreatedLoop } from '../../../server/src/repositories/loops.js';
import { auditActions } from '../../helpers/audit.js';
import { BOTH_DATABASES } from '../../helpers/databases.js';
import { fingerprint } from '../../helpers/db-fingerprint.js';
import { completingOps } from '../../helpers/scorecard.js';

/**
 * The scorecard use cases on a real database (PGlite and Postgres), finished as an adapter
 * finishes them: `deliverTo` a port that keeps what would be published. The demo loop's
 * fifth round (the Bar Raiser's) has no scorecard yet.
 */
const NOW = Date.parse('2026-03-02T15:00:00Z');

describe.each(BOTH_DATABASES)('the scorecard use cases on $name', ({ missing, create }) => {
  let drop: () => Promise<void>;
  let handle: DatabaseHandle;
  let loop: CreatedLoop;
  const deps = () => ({ db: handle.db, now: () => NOW });

  const person = (pick: (p: CreatedLoop['participants'][number]) => boolean): Principal => principalOf({ ...loop.participants.find(pick)!, loopId: loop.loopId });
  const interviewerOf = (position: number) => person((p) => p.role === 'interviewer' && p.roundId === loop.roundIds[position - 1]);
  const loopChanged = () => ({ kind: 'emit', rooms: [`loop:${loop.loopId}`], event: 'loop:changed', payload: { loopId: loop.loopId, what: 'scorecards' } });

  beforeAll(async () => {
    if (missing) return;
    const database = await create();
    drop = database.drop;
    handle = await openDatabase({ databaseUrl: database.databaseUrl, dataDir: database.dataDir });
    loop = (await createDemoLoop(deps())).result;
  });
  afterAll(async () => {
    await handle?.close();
    await drop?.();
  });

  it.skipIf(missing)("opens a card for the round's own interviewer only, and tells nobody", async () => {
    const port = collectingFacts();
    const deliver = deliverTo(port);
    const roundId = loop.roundIds[4]!;
    await expect(openScorecard(deps(), person((p) => p.role === 'candidate'), roundId)).rejects.toMatchObject({ code: 'forbidden' });
    await expect(openScorecard(deps(), interviewerOf(1), roundId)).rejects.toMatchObject({ code: 'forbidden' });
    const card = deliver(await openScorecard(deps(), interviewerOf(5), roundId));
    expect(card).toMatchObject({ roundId, interviewerId: interviewerOf(5).participantId, status: 'draft', version: 0 });
    // Opening again finds the same card.
    expect(deliver(await openScorecard(deps(), interviewerOf(5), roundId)).id).toBe(card.id);
    expect(port.published).toEqual([]);
  });

  it.skipIf(missing)("autosaves once and in order: the writer's other tabs hear each new patch, the loop hears the card started, a replay tells nobody", async () => {
    const me = interviewerOf(5);
    const { result: card } = await openScorecard(deps(), me, loop.roundIds[4]!);
    const port = collectingFacts();
    const deliver = deliverTo(port);
    const summary = (value: string): PatchOp[] => [{ op: 'setText', field: 'summary', value }];
    const patch = (seq: number, value: string) => patchScorecard(deps(), me, { scorecardId: card.id, clientId: 'tab-a', seq, ops: summary(value) }, 'socket-a');
    const patched = (seq: number, version: number, value: string) => ({
      kind: 'emit',
      rooms: [participantRoom(me.participantId)],
      event: 'scorecard:patched',
      payload: { scorecardId: card.id, version, clientId: 'tab-a', seq, ops: summary(value) },
      exceptOrigin: 'socket-a',
    });

    expect(deliver(await patch(1, 'First thoughts'))).toEqual({ version: 1, duplicate: false });
    expect(port.published).toEqual([patched(1, 1, 'First thoughts'), loopChanged()]);
    expect(deliver(await patch(1, 'First thoughts'))).toEqual({ version: 1, duplicate: true });
    expect(port.published).toHaveLength(2);
    expect(deliver(await patch(2, 'Second thoughts'))).toEqual({ version: 2, duplicate: false });
    expect(port.published.slice(2)).toEqual([patched(2, 2, 'Second thoughts')]);
    await expect(patch(4, 'Too far ahead')).rejects.toMatchObject({ code: 'out-of-order' });
    // Someone else's card is not found, whoever asks.
    await expect(patchScorecard(deps(), interviewerOf(1), { scorecardId: card.id, clientId: 'tab-x', seq: 1, ops: summary('Not mine') })).rejects.toMatchObject({ code: 'not-found' });
    expect(port.published).toHaveLength(3);
  });

  it.skipIf(missing)('refuses an incomplete card without writing or telling anything, then submits the complete one once, with its audit line', async () => {
    const me = interviewerOf(5);
    const { result: card } = await openScorecard(deps(), me, loop.roundIds[4]!);
    const port = collectingFacts();
    const deliver = deliverTo(port);

    const before = await fingerprint(handle.db);
    const incomplete = await submitScorecard(deps(), me, card.id).catch((error: unknown) => error);
    expect(incomplete).toMatchObject({ code: 'bad-request', details: { missing: expect.arrayContaining([expect.any(String)]) } });
    expect(await fingerprint(handle.db)).toEqual(before);

    deliver(await patchScorecard(deps(), me, { scorecardId: card.id, clientId: 'tab-b', seq: 1, ops: completingOps(card) }));
    port.published.length = 0;
    const submitted = deliver(await submitScorecard(deps(), me, card.id));
    expect(submitted).toMatchObject({ id: card.id, status: 'submitted' });
    expect(port.published).toEqual([
      { kind: 'emit', rooms: [participantRoom(me.participantId)], event: 'scorecard:submitted', payload: { scorecardId: card.id, roundId: card.roundId } },
      loopChanged(),
    ]);
    expect(await auditActions(handle.db, loop.loopId, 'scorecard.')).toEqual(['scorecard.submitted']);

    await expect(submitScorecard(deps(), me, card.id)).rejects.toMatchObject({ code: 'locked' });
    await expect(patchScorecard(deps(), me, { scorecardId: card.id, clientId: 'tab-b', seq: 2, ops: [{ op: 'setText', field: 'summary', value: 'Changed my mind' }] })).rejects.toMatchObject({ code: 'locked' });
    expect(port.published).toHaveLength(2);
    expect(await auditActions(handle.db, loop.loopId, 'scorecard.')).toEqual(['scorecard.submitted']);
  });

  it.skipIf(missing)('lets others read a card only as the rules allow, and "not found" otherwise', async () => {
    const { result: card } = await openScorecard(deps(), interviewerOf(5), loop.roundIds[4]!);
    expect((await readScorecard(deps(), interviewerOf(5), card.id)).result.status).toBe('submitted');
    // Round 1's interviewer submitted too, but the debrief is not open: nothing leaks.
    await expect(readScorecard(deps(), interviewerOf(1), card.id)).rejects.toMatchObject({ code: 'not-found' });
    await expect(readScorecard(deps(), person((p) => p.role === 'candidate'), card.id)).rejects.toMatchObject({ code: 'not-found' });
    await expect(readScorecard(deps(), person((p) => p.role === 'organizer'), card.id)).rejects.toMatchObject({ code: 'not-found' });
  });
});
