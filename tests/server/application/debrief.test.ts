import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDemoLoop } from '../../../server/src/application/demo.js';
import { castRevote, markDebriefRead, moveDebriefPhase, openDebrief, recordDecision, setSpotlight } from '../../../server/src/application/debrief.js';
import { publishFeedback, readFeedback } from '../../../server/src/application/debrief-feedback.js';
import { collectingFacts, deliverTo } from '../../../server/src/application/facts.js';
import { openScorecard, patchScorecard, submitScorecard } from '../../../server/src/application/scorecards.js';
import { openDatabase, type DatabaseHandle } from '../../../server/src/db/database.js';
import { principalOf, type Principal } from '../../../server/src/domain/principal.js';
import type { CreatedLoop } from '../../../server/src/repositories/loops.js';
import { auditActions } from '../../helpers/audit.js';
import { BOTH_DATABASES } from '../../helpers/databases.js';
import { fingerprint } from '../../helpers/db-fingerprint.js';
import { completingOps } from '../../helpers/scorecard.js';

/**
 * Each debrief step as a use case on a real database (PGlite and Postgres), finished as an
 * adapter finishes it (`deliverTo` a port that keeps what would be published). In the demo
 * loop rounds 1 and 2 are submitted, round 3 is a draft; the Bar Raiser (round 5) submits
 * first. A refused step writes nothing and tells nobody.
 */
const NOW = Date.parse('2026-03-02T15:00:00Z');

describe.each(BOTH_DATABASES)('the debrief use cases on $name', ({ missing, create }) => {
  let drop: () => Promise<void>;
  let handle: DatabaseHandle;
  let loop: CreatedLoop;
  const deps = () => ({ db: handle.db, now: () => NOW });
  const port = collectingFacts();
  const deliver = deliverTo(port);

  const interviewerOf = (position: number): Principal =>
    principalOf({ ...loop.participants.find((p) => p.role === 'interviewer' && p.roundId === loop.roundIds[position - 1])!, loopId: loop.loopId });
  const barRaiser = () => interviewerOf(5);
  const changed = (phase: string, spotlight: object | null = null) => ({ kind: 'emit', rooms: [`loop:${loop.loopId}:interviewer`], event: 'debrief:changed', payload: { loopId: loop.loopId, phase, spotlight } });
  const loopChanged = { kind: 'emit', rooms: [] as string[], event: 'loop:changed', payload: {} };
  /** What the step published since the last call. */
  const heard = () => port.published.splice(0);
  /** A step that must be refused with `code`, leaving the database as it was and telling nobody. */
  async function refused(step: () => Promise<unknown>, code: string) {
    const before = await fingerprint(handle.db);
    await expect(step()).rejects.toMatchObject({ code });
    expect(await fingerprint(handle.db)).toEqual(before);
    expect(heard()).toEqual([]);
  }

  beforeAll(async () => {
    if (missing) return;
    const database = await create();
    drop = database.drop;
    handle = await openDatabase({ databaseUrl: database.databaseUrl, dataDir: database.dataDir });
    loop = (await createDemoLoop(deps())).result;
    loopChanged.rooms = [`loop:${loop.loopId}`];
    loopChanged.payload = { loopId: loop.loopId, what: 'debrief' };
    const { result: card } = await openScorecard(deps(), barRaiser(), loop.roundIds[4]!);
    await patchScorecard(deps(), barRaiser(), { scorecardId: card.id, clientId: 'br-tab', seq: 1, ops: completingOps(card) });
    await submitScorecard(deps(), barRaiser(), card.id);
  });
  afterAll(async () => {
    await handle?.close();
    await drop?.();
  });

  it.skipIf(missing)('opens only for the Bar Raiser, early only with a reason, once; the table and the loop hear it', async () => {
    await refused(() => openDebrief(deps(), interviewerOf(1), 'ready'), 'forbidden');
    await refused(() => openDebrief(deps(), barRaiser(), undefined), 'conflict');
    const board = deliver(await openDebrief(deps(), barRaiser(), 'Round 3 and 4 cards are late; we start.'));
    expect(board.phase).toBe('read');
    expect(heard()).toEqual([changed('read'), loopChanged]);
    await refused(() => openDebrief(deps(), barRaiser(), 'again'), 'conflict');
    expect(await auditActions(handle.db, loop.loopId, 'debrief.')).toEqual(['debrief.opened']);
  });

  it.skipIf(missing)('lets a member who submitted mark a card read; the table hears it', async () => {
    await refused(() => markDebriefRead(deps(), interviewerOf(3), loop.roundIds[0]!), 'forbidden'); // round 3's card is a draft
    const brCard = (await openScorecard(deps(), barRaiser(), loop.roundIds[4]!)).result;
    expect(deliver(await markDebriefRead(deps(), interviewerOf(1), brCard.id))).toBeNull();
    expect(heard()).toEqual([changed('read')]);
  });

  it.skipIf(missing)('moves one phase at a time, by the Bar Raiser only; two moves at once make exactly one step', async () => {
    await refused(() => castRevote(deps(), interviewerOf(1), 'strong-hire'), 'invalid-transition');
    await refused(() => moveDebriefPhase(deps(), interviewerOf(1), 'revote'), 'forbidden');
    await refused(() => moveDebriefPhase(deps(), barRaiser(), 'discuss'), 'invalid-transition');
    // A double click: both read "read"; the second waits for the first and is refused.
    const both = await Promise.allSettled([moveDebriefPhase(deps(), barRaiser(), 'revote'), moveDebriefPhase(deps(), barRaiser(), 'revote')]);
    expect(both.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(both.find((r) => r.status === 'rejected')).toMatchObject({ reason: { code: 'invalid-transition' } });
    for (const r of both) if (r.status === 'fulfilled') deliver(r.value);
    expect(heard()).toEqual([changed('revote')]);
  });

  it.skipIf(missing)('takes re-votes in the re-vote phase only', async () => {
    deliver(await castRevote(deps(), interviewerOf(1), 'strong-hire'));
    expect(heard()).toEqual([changed('revote')]);
    deliver(await moveDebriefPhase(deps(), barRaiser(), 'discuss'));
    expect(heard()).toEqual([changed('discuss')]);
    await refused(() => castRevote(deps(), interviewerOf(1), 'inclined-not-hire'), 'invalid-transition');
  });

  it.skipIf(missing)('puts an LP on every screen before the decision, then records the decision once', async () => {
    const spotlight = { kind: 'lp' as const, id: 'ownership' as const };
    deliver(await setSpotlight(deps(), barRaiser(), spotlight));
    expect(heard()).toEqual([changed('discuss', spotlight)]);
    const decision = { decision: 'hire' as const, rationale: 'Strong ownership across rounds, consistent stories.' };
    await refused(() => recordDecision(deps(), barRaiser(), decision), 'invalid-transition'); // not in the decide phase yet
    deliver(await moveDebriefPhase(deps(), barRaiser(), 'decide'));
    heard();
    const board = deliver(await recordDecision(deps(), barRaiser(), decision));
    expect(board).toMatchObject({ phase: 'decided', decision: 'hire', spotlight: null });
    expect(heard()).toEqual([changed('decided')]);
    await refused(() => recordDecision(deps(), barRaiser(), decision), 'invalid-transition');
    await refused(() => setSpotlight(deps(), barRaiser(), spotlight), 'invalid-transition');
    await refused(() => castRevote(deps(), interviewerOf(1), 'strong-hire'), 'invalid-transition');
  });

  it.skipIf(missing)('publishes the feedback once; the candidate reads exactly that, and nothing before', async () => {
    const candidate = principalOf({ ...loop.participants.find((p) => p.role === 'candidate')!, loopId: loop.loopId });
    await expect(readFeedback(deps(), candidate)).rejects.toMatchObject({ code: 'not-found' });
    const input = { showInterviewerNames: false, strengths: ['Owns outcomes end to end'], growthAreas: ['Quantify results'], lpSummaries: {} };
    await refused(() => publishFeedback(deps(), interviewerOf(1), input), 'forbidden');
    const published = deliver(await publishFeedback(deps(), barRaiser(), input));
    expect(heard()).toEqual([changed('published'), loopChanged]);
    expect(published).toMatchObject({ decision: 'hire', strengths: ['Owns outcomes end to end'], bank: null });
    expect(deliver(await readFeedback(deps(), candidate))).toEqual(published);
    await refused(() => publishFeedback(deps(), barRaiser(), input), 'conflict');
    expect(await auditActions(handle.db, loop.loopId, 'debrief.')).toEqual(['debrief.opened', 'debrief.decided', 'debrief.published']);
  });
});
