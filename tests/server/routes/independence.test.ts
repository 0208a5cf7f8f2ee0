import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { QuestionShown, ScorecardPatched } from '@mockloop/shared';
import { debriefs } from '../../../server/src/db/schema.js';
import { loopRequest } from '../../fixtures/loops.js';
import { api, createLoop } from '../../helpers/api.js';
import { eventually } from '../../helpers/live.js';
import { completingOps, openCard, roundIds, storyOp } from '../../helpers/scorecard.js';
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

/** A loop where the interviewers of rounds 1 and 2 each wrote a story (round 1 submitted). */
async function loopWithScorecards() {
  const loop = await createLoop(server.url, loopRequest());
  const rounds = await roundIds(server.url, loop.loopId, loop.organizer.token);
  const sockets = Object.fromEntries(
    await Promise.all(
      loop.links.map(async (link) => {
        const socket = createClient(server.url, { token: link.token });
        await connected(socket);
        return [link.participantId, socket] as const;
      }),
    ),
  );
  const heard: Record<string, ScorecardPatched[]> = {};
  for (const [id, socket] of Object.entries(sockets)) {
    heard[id] = [];
    socket.on('scorecard:patched', (p) => heard[id]!.push(p));
  }
  const s1 = sockets[loop.interviewer(1).participantId]!;
  const s2 = sockets[loop.interviewer(2).participantId]!;
  const card1 = await openCard(s1, rounds[0]!);
  const card2 = await openCard(s2, rounds[1]!);
  await command(s1, 'scorecard:patch', { scorecardId: card1.id, clientId: 'tab-one-01', seq: 1, ops: [storyOp('Secret result one'), ...completingOps(card1)] });
  await command(s2, 'scorecard:patch', { scorecardId: card2.id, clientId: 'tab-two-02', seq: 1, ops: [storyOp('Secret result two')] });
  expect((await command(s1, 'scorecard:submit', { scorecardId: card1.id })).ok).toBe(true);
  return { loop, rounds, sockets, heard, card1, card2 };
}

describe('independent feedback', () => {
  it('REST: nobody but the author reads a scorecard before the debrief opens', async () => {
    const { loop, card1, card2 } = await loopWithScorecards();
    const read = (token: string, id: string) => api(server.url, `/api/loops/${loop.loopId}/scorecards/${id}`, { token });
    expect((await read(loop.interviewer(1).token, card1.id)).status).toBe(200);
    expect((await read(loop.interviewer(2).token, card2.id)).status).toBe(200);
    for (const reader of [loop.organizer, loop.candidate, loop.shadow, loop.interviewer(2), loop.barRaiser]) {
      const response = await read(reader.token, card1.id);
      expect(response.status, `${reader.role} ${reader.name}`).toBe(404);
      expect(response.text).not.toContain('Secret');
    }
    expect((await read(loop.interviewer(1).token, card2.id)).status).toBe(404); // submitted, but the debrief is closed
  });

  it('REST: after the debrief opens, only interviewers who submitted read the others, and only submitted cards', async () => {
    const { loop, sockets, card1, card2 } = await loopWithScorecards();
    await server.app.database.db.insert(debriefs).values({ loopId: loop.loopId });
    const read = (token: string, id: string) => api(server.url, `/api/loops/${loop.loopId}/scorecards/${id}`, { token });
    expect((await read(loop.interviewer(2).token, card1.id)).status).toBe(404); // has not submitted yet
    // Opened early: interviewer 2 is still writing, and a draft is the author's alone.
    const draft = await read(loop.interviewer(1).token, card2.id);
    expect(draft.status).toBe(404);
    expect(draft.text).not.toContain('Secret');
    const s2 = sockets[loop.interviewer(2).participantId]!;
    await command(s2, 'scorecard:patch', { scorecardId: card2.id, clientId: 'tab-two-02', seq: 2, ops: completingOps(card2) });
    expect((await command(s2, 'scorecard:submit', { scorecardId: card2.id })).ok).toBe(true);
    expect((await read(loop.interviewer(1).token, card2.id)).status).toBe(200);
    expect((await read(loop.interviewer(2).token, card1.id)).status).toBe(200);
    for (const reader of [loop.organizer, loop.candidate, loop.shadow]) expect((await read(reader.token, card1.id)).status).toBe(404);
  });

  it('sockets: live edits reach only the author’s own tabs', async () => {
    const { loop, heard } = await loopWithScorecards();
    for (const link of loop.links) expect(heard[link.participantId], link.name).toEqual([]);
  });

  it('sockets: only the interviewer of a round opens its scorecard', async () => {
    const { loop, rounds, sockets } = await loopWithScorecards();
    for (const link of [loop.organizer, loop.candidate, loop.shadow, loop.interviewer(3), loop.barRaiser]) {
      const ack = await command(sockets[link.participantId]!, 'scorecard:open', { roundId: rounds[0]! });
      expect(ack, link.name).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
  });

  it('questions: only the interviewer of the round gets them', async () => {
    const { loop, rounds } = await loopWithScorecards();
    const path = `/api/loops/${loop.loopId}/rounds/${rounds[0]}/questions`;
    const own = await api(server.url, path, { token: loop.interviewer(1).token });
    expect(own.status).toBe(200);
    expect(own.body.questions.length).toBeGreaterThanOrEqual(6);
    for (const q of own.body.questions.filter((q: { kind: string }) => q.kind === 'behavioral')) {
      expect(q.lps.some((lp: string) => own.body.assignedLps.includes(lp))).toBe(true);
    }
    for (const link of [loop.organizer, loop.candidate, loop.shadow, loop.interviewer(2)]) {
      expect((await api(server.url, path, { token: link.token })).status, link.name).toBe(403);
    }
  });

  it("organizers add their own questions, which the round's interviewer then gets", async () => {
    const { loop, rounds } = await loopWithScorecards();
    const body = { kind: 'writing', lps: ['frugality'], text: 'Write a one-page memo cutting the team budget by a fifth.', probes: ['What did you give up?'] };
    expect((await api(server.url, `/api/loops/${loop.loopId}/questions`, { method: 'POST', token: loop.candidate.token, body })).status).toBe(403);
    expect((await api(server.url, `/api/loops/${loop.loopId}/questions`, { method: 'POST', token: loop.organizer.token, body: { ...body, lps: ['nope'] } })).status).toBe(400);
    expect((await api(server.url, `/api/loops/${loop.loopId}/questions`, { method: 'POST', token: loop.organizer.token, body })).status).toBe(201);
    const writing = await api(server.url, `/api/loops/${loop.loopId}/rounds/${rounds[3]}/questions`, { token: loop.interviewer(4).token });
    const custom = writing.body.questions.filter((q: { custom: boolean }) => q.custom);
    expect(custom).toEqual([expect.objectContaining({ kind: 'writing', text: body.text, probes: body.probes })]);
  });

  it("show question: the candidate and the round's shadow see the text, never notes", async () => {
    const { loop, rounds, sockets } = await loopWithScorecards();
    const heard: Record<string, QuestionShown[]> = {};
    for (const link of loop.links) {
      heard[link.name] = [];
      sockets[link.participantId]!.on('question:shown', (q) => heard[link.name]!.push(q));
    }
    const text = 'Tell me about a time you disagreed with your manager.';
    expect((await command(sockets[loop.candidate.participantId]!, 'question:show', { roundId: rounds[1]!, text })).ok).toBe(false);
    expect((await command(sockets[loop.interviewer(2).participantId]!, 'question:show', { roundId: rounds[1]!, text })).ok).toBe(true);
    await eventually(() => heard[loop.candidate.name]!.length === 1 && heard[loop.shadow.name]!.length === 1, 2000, 'candidate and shadow');
    expect(heard[loop.candidate.name]![0]).toEqual({ loopId: loop.loopId, roundId: rounds[1], text });
    expect(heard[loop.interviewer(3).name]).toEqual([]);
  });
});
