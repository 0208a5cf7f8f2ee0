import { randomBytes } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { applyPatchOps, emptyDraft, type PatchOp, type ScorecardDraft, type ScorecardPatched } from '@mockloop/shared';
import { scorecardPatches } from '../../../server/src/db/schema.js';
import { loopRequest } from '../../fixtures/loops.js';
import { createLoop } from '../../helpers/api.js';
import { eventually } from '../../helpers/live.js';
import { completingOps, openCard, roundIds, storyOp } from '../../helpers/scorecard.js';
import { startTestServer, type TestServer } from '../../helpers/server.js';
import { closeAllClients, command, connected, createClient, type TestClient } from '../../helpers/socket.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterEach(() => closeAllClients());
afterAll(async () => {
  await server.close();
});

async function interviewerOfRound1() {
  const loop = await createLoop(server.url, loopRequest());
  const [round1, round2] = await roundIds(server.url, loop.loopId, loop.organizer.token);
  const socket = createClient(server.url, { token: loop.interviewer(1).token });
  await connected(socket);
  const card = await openCard(socket, round1!);
  return { loop, round1: round1!, round2: round2!, socket, card };
}

// A small deterministic random source, so a failing run can be replayed.
function random(seed: number) {
  return () => ((seed = (seed * 1664525 + 1013904223) % 2 ** 32) / 2 ** 32);
}

describe('scorecard autosave over real sockets', () => {
  it('1,000 patches with random disconnects store exactly the last acknowledged state, none applied twice', async () => {
    const { loop, socket: first, card } = await interviewerOfRound1();
    const clientId = `tab-${randomBytes(6).toString('hex')}`;
    const rand = random(42);
    const lps = card.assignedLps;
    const opFor = (i: number): PatchOp => {
      const pick = Math.floor(rand() * 4);
      if (pick === 0) return { op: 'setText', field: 'summary', value: `summary after keystroke ${i}` };
      if (pick === 1) return { op: 'setText', field: 'strengths', value: `strengths ${i}` };
      if (pick === 2) return { op: 'setEvidence', lpId: lps[i % lps.length]!, value: `evidence ${i}` };
      return { op: 'setRating', lpId: lps[i % lps.length]!, value: (['meets', 'below', 'raises-the-bar'] as const)[i % 3]! };
    };
    const patches = Array.from({ length: 1000 }, (_, i) => ({ scorecardId: card.id, clientId, seq: i + 1, ops: [opFor(i)] }));

    let socket: TestClient = first;
    let acked = 0; // every patch before this index is acknowledged
    let disconnects = 0;
    while (acked < patches.length) {
      // Send a burst without waiting, as a fast typist would; the network may drop mid-burst.
      const burst = patches.slice(acked, acked + 1 + Math.floor(rand() * 20));
      const acks = burst.map((p) => command(socket, 'scorecard:patch', p).catch(() => null));
      if (rand() < 0.15) {
        socket.disconnect(); // drop the connection with patches in flight
        disconnects++;
      }
      const results = await Promise.all(acks);
      for (const result of results) {
        if (!result?.ok) break;
        acked++;
      }
      if (!socket.connected) {
        socket = createClient(server.url, { token: loop.interviewer(1).token });
        await connected(socket); // then replay everything not acknowledged, in order
      }
    }
    expect(disconnects).toBeGreaterThan(5);

    const expected: ScorecardDraft = applyPatchOps(emptyDraft(), patches.flatMap((p) => p.ops));
    const stored = await openCard(socket, card.roundId);
    expect(stored.draft.summary).toBe(expected.summary);
    expect(stored.draft.strengths).toBe(expected.strengths);
    expect(stored.draft.ratings).toEqual(expected.ratings);
    // Each patch bumps the version once: 1,000 applied patches, no more.
    expect(stored.version).toBe(1000);
    const rows = await server.app.database.db.select().from(scorecardPatches);
    expect(rows.filter((r) => r.clientId === clientId)).toHaveLength(1000);
    // About 15-20 s on Postgres on a busy 2-core machine (before and after per-tab ordering).
  }, 60_000);

  it('ignores a replayed duplicate', async () => {
    const { socket, card } = await interviewerOfRound1();
    const patch = { scorecardId: card.id, clientId: 'tab-duplicate', seq: 1, ops: [{ op: 'setText' as const, field: 'summary' as const, value: 'first' }] };
    expect(await command(socket, 'scorecard:patch', patch)).toEqual({ ok: true, data: { version: 1, duplicate: false } });
    const replay = { ...patch, ops: [{ op: 'setText' as const, field: 'summary' as const, value: 'changed on replay' }] };
    expect(await command(socket, 'scorecard:patch', replay)).toEqual({ ok: true, data: { version: 1, duplicate: true } });
    expect((await openCard(socket, card.roundId)).draft.summary).toBe('first');
  });

  it("refuses a patch to a submitted scorecard and to someone else's", async () => {
    const { loop, socket, card, round2 } = await interviewerOfRound1();
    const tab = 'tab-refusals';
    await command(socket, 'scorecard:patch', { scorecardId: card.id, clientId: tab, seq: 1, ops: completingOps(card) });
    expect((await command(socket, 'scorecard:submit', { scorecardId: card.id })).ok).toBe(true);
    expect(await command(socket, 'scorecard:patch', { scorecardId: card.id, clientId: tab, seq: 2, ops: [{ op: 'setText', field: 'summary', value: 'sneaky edit' }] })).toMatchObject({
      ok: false,
      error: { code: 'locked', message: expect.stringContaining('submitted') },
    });

    const other = createClient(server.url, { token: loop.interviewer(2).token });
    await connected(other);
    const otherCard = await openCard(other, round2);
    expect(await command(socket, 'scorecard:patch', { scorecardId: otherCard.id, clientId: tab, seq: 3, ops: [{ op: 'setText', field: 'summary', value: 'x' }] })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
    expect((await openCard(other, round2)).draft.summary).toBe('');
  });

  it('submit checks completeness first, then locks', async () => {
    const { socket, card } = await interviewerOfRound1();
    const refused = await command(socket, 'scorecard:submit', { scorecardId: card.id });
    expect(refused).toMatchObject({ ok: false, error: { code: 'bad-request', message: expect.stringMatching(/Cast your vote.*summary/s) } });
    const ops = completingOps(card);
    ops[0] = { op: 'setRating', lpId: card.assignedLps[0]!, value: 'not-assessed' };
    await command(socket, 'scorecard:patch', { scorecardId: card.id, clientId: 'tab-submit', seq: 1, ops });
    const noReason = await command(socket, 'scorecard:submit', { scorecardId: card.id });
    expect(noReason).toMatchObject({ ok: false, error: { message: expect.stringContaining('not assessed') } });
    await command(socket, 'scorecard:patch', { scorecardId: card.id, clientId: 'tab-submit', seq: 2, ops: [{ op: 'setNotAssessedReason', lpId: card.assignedLps[0]!, value: 'Ran out of time' }] });
    const submitted = await command(socket, 'scorecard:submit', { scorecardId: card.id });
    expect(submitted).toMatchObject({ ok: true, data: { status: 'submitted' } });
  });

  it('two tabs on one scorecard converge, each seeing the other edit live', async () => {
    const { loop, socket: tabA, card } = await interviewerOfRound1();
    const tabB = createClient(server.url, { token: loop.interviewer(1).token });
    await connected(tabB);
    const seen = { a: [] as ScorecardPatched[], b: [] as ScorecardPatched[] };
    tabA.on('scorecard:patched', (p) => seen.a.push(p));
    tabB.on('scorecard:patched', (p) => seen.b.push(p));
    const story = storyOp();
    expect((await command(tabA, 'scorecard:patch', { scorecardId: card.id, clientId: 'tab-a-000', seq: 1, ops: [story] })).ok).toBe(true);
    await command(tabB, 'scorecard:patch', { scorecardId: card.id, clientId: 'tab-b-000', seq: 1, ops: [{ op: 'setStoryText', storyId: story.story.id, field: 'result', value: 'Churn fell 15% in a quarter.' }] });
    await command(tabA, 'scorecard:patch', { scorecardId: card.id, clientId: 'tab-a-000', seq: 2, ops: [{ op: 'setText', field: 'concerns', value: 'Thin on data' }] });
    await eventually(() => seen.a.length === 1 && seen.b.length === 2, 2000, 'each tab to hear the other');
    // Each tab applies its own ops locally and the other's from the facts: the same result.
    const tabAState = applyPatchOps(applyPatchOps(emptyDraft(), [story]), [...seen.a.flatMap((p) => p.ops), { op: 'setText', field: 'concerns', value: 'Thin on data' }]);
    const tabBState = applyPatchOps(emptyDraft(), [...seen.b.slice(0, 1).flatMap((p) => p.ops), { op: 'setStoryText', storyId: story.story.id, field: 'result', value: 'Churn fell 15% in a quarter.' }, ...seen.b.slice(1).flatMap((p) => p.ops)]);
    const stored = (await openCard(tabA, card.roundId)).draft;
    expect(tabAState.stories).toEqual(stored.stories);
    expect(tabBState.stories).toEqual(stored.stories);
    expect(tabBState.concerns).toBe(stored.concerns);
  });
});

describe('scorecard size limits', () => {
  it('refuses a 31st story with a clear error, and the scorecard still opens', async () => {
    const { socket, card } = await interviewerOfRound1();
    const stories = Array.from({ length: 30 }, () => storyOp('x'));
    expect((await command(socket, 'scorecard:patch', { scorecardId: card.id, clientId: 'tab-limits', seq: 1, ops: stories })).ok).toBe(true);
    const refused = await command(socket, 'scorecard:patch', { scorecardId: card.id, clientId: 'tab-limits', seq: 2, ops: [storyOp('one too many')] });
    expect(refused).toMatchObject({ ok: false, error: { code: 'bad-request', message: expect.stringContaining('at most 30 stories') } });
    expect((await openCard(socket, card.roundId)).draft.stories).toHaveLength(30);
  });
});
