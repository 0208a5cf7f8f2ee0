import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CandidateFeedback, DebriefBoard } from '@mockloop/shared';
import { votes } from '../../../server/src/db/schema.js';
import { api } from '../../helpers/api.js';
import { loopWithSubmittedScorecards, PLANTED, post } from '../../helpers/debrief.js';
import { startTestServer, type TestServer } from '../../helpers/server.js';
import { closeAllClients } from '../../helpers/socket.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterEach(() => closeAllClients());
afterAll(async () => {
  await server.close();
});

const path = (loopId: string, rest: string) => `/api/loops/${loopId}/debrief${rest}`;

describe('opening the debrief', () => {
  it('cannot open before every scorecard is in, unless the Bar Raiser gives a reason; missing ones are marked', async () => {
    const { loop } = await loopWithSubmittedScorecards(server.url, { submit: (p) => p !== 2 });
    const refused = await post(server.url, path(loop.loopId, '/open'), loop.barRaiser.token);
    expect(refused.status).toBe(409);
    expect(refused.body.error.message).toContain('Ben');
    for (const link of [loop.organizer, loop.candidate, loop.interviewer(1)]) {
      expect((await post(server.url, path(loop.loopId, '/open'), link.token, { reason: 'x' })).status, link.name).toBe(403);
    }
    const opened = await post(server.url, path(loop.loopId, '/open'), loop.barRaiser.token, { reason: 'Ben is travelling; he will add his notes later' });
    expect(opened.status).toBe(200);
    const board = DebriefBoard.parse(opened.body);
    expect(board.openedEarlyReason).toContain('travelling');
    expect(board.interviewers.find((i) => i.name === 'Ben')!.submitted).toBe(false);
    expect(board.scorecards).toHaveLength(4);
  });

  it('opens without a reason once everything is submitted; only those who submitted sit at the table', async () => {
    const { loop } = await loopWithSubmittedScorecards(server.url);
    expect((await api(server.url, path(loop.loopId, ''), { token: loop.interviewer(1).token })).status).toBe(409); // not open yet
    expect((await post(server.url, path(loop.loopId, '/open'), loop.barRaiser.token)).status).toBe(200);
    expect((await api(server.url, path(loop.loopId, ''), { token: loop.interviewer(1).token })).status).toBe(200);
    for (const link of [loop.organizer, loop.candidate, loop.shadow]) {
      const response = await api(server.url, path(loop.loopId, ''), { token: link.token });
      expect(response.status, link.name).toBe(403);
      expect(response.text).not.toContain('Evidence for');
    }
  });
});

describe('votes, decision and publishing', () => {
  it('keeps the first vote beside the re-vote; only the Bar Raiser decides and publishes; the candidate sees exactly what was published', async () => {
    const { loop } = await loopWithSubmittedScorecards(server.url, { votes: { 1: 'inclined-hire', 2: 'inclined-not-hire' } });
    const br = loop.barRaiser.token;
    await post(server.url, path(loop.loopId, '/open'), br);
    expect((await post(server.url, path(loop.loopId, '/votes'), loop.interviewer(2).token, { vote: 'inclined-hire' })).status).toBe(409); // not the re-vote phase yet
    expect((await post(server.url, path(loop.loopId, '/phase'), loop.interviewer(1).token, { phase: 'revote' })).status).toBe(403);
    expect((await post(server.url, path(loop.loopId, '/phase'), br, { phase: 'revote' })).status).toBe(200);
    expect((await post(server.url, path(loop.loopId, '/votes'), loop.interviewer(2).token, { vote: 'inclined-hire' })).status).toBe(200);

    const board = DebriefBoard.parse((await api(server.url, path(loop.loopId, ''), { token: br })).body);
    const ben = board.interviewers.find((i) => i.name === 'Ben')!;
    expect([ben.initialVote, ben.revote]).toEqual(['inclined-not-hire', 'inclined-hire']);
    const rows = await server.app.database.db.select().from(votes);
    expect(rows.filter((v) => v.participantId === loop.interviewer(2).participantId).map((v) => v.stage)).toEqual(['scorecard', 'debrief']);

    // Nothing for the candidate or organizer before publishing.
    for (const link of [loop.candidate, loop.organizer]) expect((await api(server.url, `/api/loops/${loop.loopId}/feedback`, { token: link.token })).status).toBe(404);

    await post(server.url, path(loop.loopId, '/phase'), br, { phase: 'discuss' });
    await post(server.url, path(loop.loopId, '/phase'), br, { phase: 'decide' });
    const decision = { decision: 'no-hire', rationale: 'Ownership evidence was thin across rounds.' };
    expect((await post(server.url, path(loop.loopId, '/decision'), loop.interviewer(1).token, decision)).status).toBe(403);
    expect((await post(server.url, path(loop.loopId, '/publish'), br, { showInterviewerNames: false, strengths: [], growthAreas: [] })).status).toBe(409); // decide first
    expect((await post(server.url, path(loop.loopId, '/decision'), br, decision)).status).toBe(200);
    const publishBody = { showInterviewerNames: false, strengths: ['Customer-first framing'], growthAreas: ['Quantify results'] };
    expect((await post(server.url, path(loop.loopId, '/publish'), loop.interviewer(1).token, publishBody)).status).toBe(403);
    const published = await post(server.url, path(loop.loopId, '/publish'), br, publishBody);
    expect(published.status).toBe(200);

    for (const link of [loop.candidate, loop.organizer]) {
      const seen = await api(server.url, `/api/loops/${loop.loopId}/feedback`, { token: link.token });
      expect(seen.status).toBe(200);
      expect(seen.body).toEqual(published.body);
      const feedback = CandidateFeedback.parse(seen.body);
      expect(feedback.decision).toBe('no-hire'); // the Bar Raiser's No Hire stands, whatever the votes
      expect(JSON.stringify(feedback)).not.toMatch(/Ana|Ben|Cleo|Dev|Eve/); // names hidden as chosen
    }
    expect((await post(server.url, path(loop.loopId, '/publish'), br, publishBody)).status).toBe(409);
  });
});

describe('debrief phases', () => {
  it('go read, re-vote, discuss, decide, publish in that order, each refusal a 409 that says why', async () => {
    const { loop } = await loopWithSubmittedScorecards(server.url);
    const br = loop.barRaiser.token;
    const move = (phase: string) => post(server.url, path(loop.loopId, '/phase'), br, { phase });
    const decision = { decision: 'hire', rationale: 'Strong ownership across every round.' };
    const publishBody = { showInterviewerNames: false, strengths: [], growthAreas: [] };
    const refused = async (response: Awaited<ReturnType<typeof post>>, code: string, message: RegExp) => {
      expect(response.status).toBe(409);
      expect(response.body).toMatchObject({ error: { code, message: expect.stringMatching(message) } });
    };
    expect((await post(server.url, path(loop.loopId, '/open'), br)).status).toBe(200);

    await refused(await move('decide'), 'invalid-transition', /next step is re-vote/i);
    await refused(await post(server.url, path(loop.loopId, '/decision'), br, decision), 'invalid-transition', /decide phase/i);
    expect((await move('revote')).status).toBe(200);
    await refused(await move('read'), 'invalid-transition', /next step is discuss/i);
    expect((await move('discuss')).status).toBe(200);
    await refused(await post(server.url, path(loop.loopId, '/decision'), br, decision), 'invalid-transition', /decide phase/i);
    await refused(await post(server.url, path(loop.loopId, '/publish'), br, publishBody), 'invalid-transition', /decision before publishing/i);
    expect((await move('decide')).status).toBe(200);
    expect((await post(server.url, path(loop.loopId, '/decision'), br, decision)).status).toBe(200);
    await refused(await post(server.url, path(loop.loopId, '/decision'), br, decision), 'invalid-transition', /already made/i);
    await refused(await move('discuss'), 'invalid-transition', /already made/i);
    expect((await post(server.url, path(loop.loopId, '/publish'), br, publishBody)).status).toBe(200);
    await refused(await post(server.url, path(loop.loopId, '/publish'), br, publishBody), 'conflict', /already published/i);
  });
});

describe('consistency in the debrief', () => {
  it('shows a planted contradiction side by side, explains it to the candidate, and exports it as Markdown', async () => {
    const { loop } = await loopWithSubmittedScorecards(server.url, { stories: { 1: [PLANTED[0]], 3: [PLANTED[1]] } });
    const br = loop.barRaiser.token;
    const board = DebriefBoard.parse((await post(server.url, path(loop.loopId, '/open'), br)).body);
    expect(board.storyGroups).toHaveLength(1);
    const team = board.conflicts.find((c) => c.kind === 'team');
    expect(team).toBeDefined();
    expect(team!.phrases.join(' | ')).toMatch(/8 engineers.*20-engineer|20-engineer.*8 engineers/);

    for (const phase of ['revote', 'discuss']) await post(server.url, path(loop.loopId, '/phase'), br, { phase });
    await post(server.url, path(loop.loopId, '/spotlight'), br, { spotlight: { kind: 'story', id: team!.stories[0] } });
    await post(server.url, path(loop.loopId, '/phase'), br, { phase: 'decide' });
    await post(server.url, path(loop.loopId, '/decision'), br, { decision: 'hire', rationale: 'Strong across the loop; the team size needs checking.' });
    await post(server.url, path(loop.loopId, '/publish'), br, { showInterviewerNames: true, strengths: [], growthAreas: [] });

    const feedback = CandidateFeedback.parse((await api(server.url, `/api/loops/${loop.loopId}/feedback`, { token: loop.candidate.token })).body);
    const explained = feedback.consistency.find((c) => c.kind === 'team')!;
    expect(explained.explanation).toMatch(/Round 1.*Round 3/);
    const markdown = await api(server.url, `/api/loops/${loop.loopId}/feedback.md`, { token: loop.candidate.token });
    expect(markdown.headers.get('content-type')).toMatch(/text\/markdown/);
    expect(markdown.text).toContain('## Story consistency');
    expect(markdown.text).toContain('Different team size');
    expect(markdown.text).toMatch(/8 engineers/);
  });
});
