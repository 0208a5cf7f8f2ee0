import { randomUUID } from 'node:crypto';
import { CreateLoopResponse, LoopView, type CreateLoopRequestInput } from '@mockloop/shared';

/**
 * One simulated loop: its live round (candidate, interviewer, one shadow in the room) and
 * everyone else on the dashboard (the other interviewers and the organizer).
 */
export type LoopPlan = {
  loopId: string;
  liveRoundId: string;
  members: { role: 'candidate' | 'interviewer' | 'shadow' | 'organizer'; token: string; live: boolean; writer: boolean }[];
};

/** In the bare baseline the token is the participant itself. */
export type BarePrincipal = { loopId: string; participantId: string; roundId: string | null };

const LIVE_POSITION = 2; // the round with a shadow

/** Five rounds, one with a shadow: eight people, as in a typical peer-group loop. */
export function loopRequest(index: number): CreateLoopRequestInput {
  const startsAt = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 16);
  return {
    candidate: { name: `Candidate ${index}` },
    organizer: { name: `Organizer ${index}` },
    targetRole: 'product-manager',
    startsAt,
    timeZone: 'Europe/Berlin',
    rounds: [
      { title: 'Customer obsession', kind: 'behavioral', interviewer: { name: 'Ana' } },
      { title: 'Working backwards', kind: 'product-sense', interviewer: { name: 'Ben' }, shadows: [{ name: 'Sid' }] },
      { title: 'Ownership', kind: 'behavioral', interviewer: { name: 'Cleo' } },
      { title: 'Writing', kind: 'writing', interviewer: { name: 'Dev' } },
      { title: 'Bar Raiser', kind: 'behavioral', interviewer: { name: 'Eve' }, isBarRaiser: true },
    ],
  };
}

/** Creates a loop over HTTP as an organizer would; tokens come back in the response. */
export async function createRealLoop(baseUrl: string, index: number): Promise<LoopPlan> {
  const created = CreateLoopResponse.parse(await json(baseUrl + '/api/loops', { method: 'POST', body: loopRequest(index) }, 201));
  const organizer = created.links.find((l) => l.role === 'organizer')!;
  const view = LoopView.parse(await json(`${baseUrl}/api/loops/${created.loopId}`, { token: organizer.token }, 200));
  const live = view.rounds.find((r) => r.position === LIVE_POSITION)!;
  return {
    loopId: created.loopId,
    liveRoundId: live.id,
    members: created.links.map((l) => {
      const inLiveRound = l.role === 'candidate' || ((l.role === 'interviewer' || l.role === 'shadow') && l.roundPosition === LIVE_POSITION);
      return { role: l.role, token: l.token, live: inLiveRound, writer: inLiveRound && l.role === 'interviewer' };
    }),
  };
}

/** The same eight people for the bare baseline, without a database. */
export function bareLoop(): LoopPlan {
  const loopId = randomUUID();
  const liveRoundId = randomUUID();
  const token = (roundId: string | null) => JSON.stringify({ loopId, participantId: randomUUID(), roundId } satisfies BarePrincipal);
  return {
    loopId,
    liveRoundId,
    members: [
      { role: 'candidate', token: token(null), live: true, writer: false },
      { role: 'interviewer', token: token(liveRoundId), live: true, writer: true },
      { role: 'shadow', token: token(liveRoundId), live: true, writer: false },
      { role: 'organizer', token: token(null), live: false, writer: false },
      ...Array.from({ length: 4 }, () => ({ role: 'interviewer' as const, token: token(randomUUID()), live: false, writer: false })),
    ],
  };
}

async function json(url: string, init: { method?: string; token?: string; body?: unknown }, expected: number): Promise<unknown> {
  const headers: Record<string, string> = {};
  if (init.token) headers.authorization = `Bearer ${init.token}`;
  if (init.body !== undefined) headers['content-type'] = 'application/json';
  const response = await fetch(url, { method: init.method ?? 'GET', headers, body: init.body === undefined ? null : JSON.stringify(init.body) });
  const text = await response.text();
  if (response.status !== expected) throw new Error(`${init.method ?? 'GET'} ${url}: ${response.status} ${text.slice(0, 200)}`);
  return JSON.parse(text);
}
