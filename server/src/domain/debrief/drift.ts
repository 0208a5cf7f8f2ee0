import { comparePair } from '@mockloop/shared/stories/index';
import type { BankStory, BoardDrift, BoardStory, ConflictKind } from '@mockloop/shared';
import { bankStoryInput, withoutRounds } from '../bank-check.js';
import { compareConfirmed } from './confirmed.js';

const WHAT_CHANGED: Record<ConflictKind, string> = {
  metric: 'gives a measure different figures',
  timeline: 'gives a stretch of time a different length',
  team: 'gives the team a different size',
  role: "tells the candidate's own part differently",
  outcome: 'ends differently',
};

/**
 * What drifted between a prepared story and the telling an interviewer linked to it. Kinds
 * both sides state as data points (the candidate's in the bank, the interviewer's confirmed)
 * are compared exactly; the other kinds by the checker reading both texts.
 */
export function driftFromPreparation(told: BoardStory, prepared: BankStory, candidateName: string): BoardDrift[] {
  const drifts: BoardDrift[] = [];
  const base = { story: told.id, bankStoryId: prepared.id, title: prepared.title };
  const reason = (kind: ConflictKind) => `Round ${told.roundPosition}'s telling ${WHAT_CHANGED[kind]} than the prepared story.`;
  const compared = compareConfirmed(prepared.dataPoints, told.dataPoints);
  for (const { kind, clash } of compared) {
    if (clash) drifts.push({ ...base, kind, detail: `${clash.values[0]} prepared vs ${clash.values[1]} told`, phrases: clash.phrases, basis: 'confirmed', reason: reason(kind) });
  }
  const tellings = [bankStoryInput(prepared, 1), { ...bankStoryInput(prepared, 2), ...textOf(told) }];
  for (const c of comparePair(tellings[0]!, tellings[1]!, { candidate: candidateName })) {
    if (compared.some((d) => d.kind === c.kind)) continue;
    drifts.push({ ...base, kind: c.kind, detail: withoutRounds(c.detail), phrases: c.phrases, basis: 'notes', reason: reason(c.kind) });
  }
  return drifts;
}

function textOf(story: BoardStory) {
  return { id: story.id, question: story.questionText, situation: story.situation, task: story.task, action: story.action, result: story.result };
}
