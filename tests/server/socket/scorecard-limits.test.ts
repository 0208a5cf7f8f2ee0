import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { MAX_ASKED, MAX_STORIES, type PatchOp } from '@mockloop/shared';
import { loopRequest } from '../../fixtures/loops.js';
import { createLoop } from '../../helpers/api.js';
import { openCard, roundIds, storyOp } from '../../helpers/scorecard.js';
import { startTestServer, type TestServer } from '../../helpers/server.js';
import { closeAllClients, command, connected, createClient } from '../../helpers/socket.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterEach(() => closeAllClients());
afterAll(async () => {
  await server.close();
});

async function interviewerTabs(count: number) {
  const loop = await createLoop(server.url, loopRequest());
  const [round1] = await roundIds(server.url, loop.loopId, loop.organizer.token);
  const tabs = Array.from({ length: count }, () => createClient(server.url, { token: loop.interviewer(1).token }));
  await Promise.all(tabs.map(connected));
  const card = await openCard(tabs[0]!, round1!);
  return { tabs, card };
}

describe('scorecard limits and replays', () => {
  it('recognises a replay of a patch that reached a cap as a duplicate, and re-marking an asked question at the cap is fine', async () => {
    const { tabs: [tab], card } = await interviewerTabs(1);
    const asked = (from: number): PatchOp[] => Array.from({ length: 50 }, (_, i) => ({ op: 'markAsked', questionId: `q${from + i}` }));
    const patches = [1, 2, 3, 4].map((seq) => ({ scorecardId: card.id, clientId: 'tab-at-cap1', seq, ops: asked((seq - 1) * 50) }));
    patches.push({ scorecardId: card.id, clientId: 'tab-at-cap1', seq: 5, ops: Array.from({ length: MAX_STORIES }, () => storyOp('x')) });
    for (const patch of patches) expect((await command(tab!, 'scorecard:patch', patch)).ok).toBe(true);

    expect(await command(tab!, 'scorecard:patch', patches[0]!)).toEqual({ ok: true, data: { version: 5, duplicate: true } });
    expect(await command(tab!, 'scorecard:patch', patches[4]!)).toEqual({ ok: true, data: { version: 5, duplicate: true } });
    const again = { scorecardId: card.id, clientId: 'tab-at-cap1', seq: 6, ops: [{ op: 'markAsked' as const, questionId: 'q7' }] };
    expect(await command(tab!, 'scorecard:patch', again)).toEqual({ ok: true, data: { version: 6, duplicate: false } });

    const stored = await openCard(tab!, card.roundId);
    expect(stored.draft.askedQuestionIds).toHaveLength(MAX_ASKED);
    expect(stored.draft.stories).toHaveLength(MAX_STORIES);
  });

  it('two tabs adding the last story at once: one is stored, the other refused, and the card still opens', async () => {
    const { tabs: [a, b], card } = await interviewerTabs(2);
    const fill = Array.from({ length: MAX_STORIES - 1 }, () => storyOp('x'));
    expect((await command(a!, 'scorecard:patch', { scorecardId: card.id, clientId: 'tab-race-a1', seq: 1, ops: fill })).ok).toBe(true);
    const [fromA, fromB] = await Promise.all([
      command(a!, 'scorecard:patch', { scorecardId: card.id, clientId: 'tab-race-a1', seq: 2, ops: [storyOp('from tab A')] }),
      command(b!, 'scorecard:patch', { scorecardId: card.id, clientId: 'tab-race-b1', seq: 1, ops: [storyOp('from tab B')] }),
    ]);
    expect([fromA.ok, fromB.ok].sort()).toEqual([false, true]);
    expect([fromA, fromB].find((ack) => !ack.ok)).toMatchObject({ ok: false, error: { code: 'bad-request', message: expect.stringContaining(`at most ${MAX_STORIES} stories`) } });
    const stored = await openCard(b!, card.roundId);
    expect(stored.draft.stories).toHaveLength(MAX_STORIES);
  });
});
