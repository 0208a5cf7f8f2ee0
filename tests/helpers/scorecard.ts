import { randomUUID } from 'node:crypto';
import { LoopView, type PatchOp, type Scorecard } from '@mockloop/shared';
import { api } from './api.js';
import { command, type TestClient } from './socket.js';

export async function roundIds(url: string, loopId: string, organizerToken: string): Promise<string[]> {
  const view = LoopView.parse((await api(url, `/api/loops/${loopId}`, { token: organizerToken })).body);
  return view.rounds.map((r) => r.id);
}

export async function openCard(socket: TestClient, roundId: string): Promise<Scorecard> {
  const ack = await command(socket, 'scorecard:open', { roundId });
  if (!ack.ok) throw new Error(`${ack.error.code}: ${ack.error.message}`);
  return ack.data;
}

/** A complete scorecard: every assigned LP rated, a vote and a summary. */
export function completingOps(card: Scorecard): PatchOp[] {
  return [
    ...card.assignedLps.map((lpId) => ({ op: 'setRating' as const, lpId, value: 'meets' as const })),
    ...card.assignedLps.map((lpId) => ({ op: 'setEvidence' as const, lpId, value: `Evidence for ${lpId}` })),
    { op: 'setVote', value: 'inclined-hire' },
    { op: 'setText', field: 'summary', value: 'Clear ownership; would hire.' },
  ];
}

export function storyOp(text = 'We cut churn by 15%.') {
  return {
    op: 'addStory' as const,
    story: {
      id: randomUUID(),
      questionId: null,
      questionText: 'Tell me about a time you disagreed with your manager.',
      lps: ['have-backbone-disagree-and-commit' as const],
      situation: 'Churn was rising.',
      task: 'Own the retention plan.',
      action: 'I ran interviews with 12 customers.',
      result: text,
      notes: 'private note: strong',
      flags: [],
      dataPoints: {},
    },
  };
}
