import { randomUUID } from 'node:crypto';
import type { PatchOp, Scorecard, StoryCard, StoryDataPoints } from '@mockloop/shared';
import { loopRequest } from '../fixtures/loops.js';
import { api, createLoop } from './api.js';
import { completingOps, openCard, roundIds } from './scorecard.js';
import { command, connected, createClient } from './socket.js';

export type StoryText = Pick<StoryCard, 'situation' | 'task' | 'action' | 'result'>;

/** A retold story with a planted contradiction: 8 engineers in one round, 20 in another. */
export const PLANTED: [StoryText, StoryText] = [
  {
    situation: 'Checkout abandonment on mobile was 22% and support tickets blamed the address form.',
    task: 'I owned the checkout funnel as the PM.',
    action: 'I led a team of 8 engineers, interviewed 12 customers and cut the form from 11 fields to 4.',
    result: 'Abandonment fell from 22% to 15% within six weeks of launch.',
  },
  {
    situation: 'Mobile checkout drop-off was high; customers complained about the address form.',
    task: 'I was the PM for checkout.',
    action: 'I drove a 20-engineer effort to rebuild the address form with lookup.',
    result: 'Abandonment went down to 15%, six weeks after launch.',
  },
];

/**
 * A loop where every interviewer has written (and, unless told otherwise, submitted) a
 * scorecard. `ratings` overrides the rating per round position and LP index.
 */
export async function loopWithSubmittedScorecards(
  url: string,
  options: { submit?: (position: number) => boolean; stories?: Record<number, (StoryText & { id?: string; dataPoints?: StoryDataPoints })[]>; votes?: Record<number, 'strong-hire' | 'inclined-hire' | 'inclined-not-hire' | 'strong-not-hire'>; rating?: (position: number, lpIndex: number) => 'raises-the-bar' | 'meets' | 'below' | 'not-assessed' } = {},
) {
  const loop = await createLoop(url, loopRequest());
  const rounds = await roundIds(url, loop.loopId, loop.organizer.token);
  const cards: Scorecard[] = [];
  for (let position = 1; position <= rounds.length; position++) {
    const socket = createClient(url, { token: loop.interviewer(position).token });
    await connected(socket);
    const card = await openCard(socket, rounds[position - 1]!);
    const ops: PatchOp[] = completingOps(card);
    if (options.rating) {
      card.assignedLps.forEach((lpId, index) => {
        const rating = options.rating!(position, index);
        ops.push({ op: 'setRating', lpId, value: rating });
        if (rating === 'not-assessed') ops.push({ op: 'setNotAssessedReason', lpId, value: 'No time left' });
      });
    }
    if (options.votes?.[position]) ops.push({ op: 'setVote', value: options.votes[position]! });
    for (const story of options.stories?.[position] ?? []) {
      ops.push({ op: 'addStory', story: { id: randomUUID(), questionId: null, questionText: 'Tell me about a time you simplified something for customers.', lps: [card.assignedLps[0]!], notes: '', flags: [], dataPoints: {}, ...story } });
    }
    const patched = await command(socket, 'scorecard:patch', { scorecardId: card.id, clientId: `fixture-${position}-tab`, seq: 1, ops });
    if (!patched.ok) throw new Error(patched.error.message);
    if (options.submit?.(position) ?? true) {
      const submitted = await command(socket, 'scorecard:submit', { scorecardId: card.id });
      if (!submitted.ok) throw new Error(submitted.error.message);
    }
    cards.push(card);
    socket.disconnect();
  }
  return { loop, rounds, cards };
}

export const post = (url: string, path: string, token: string, body: unknown = {}) => api(url, path, { method: 'POST', token, body });
