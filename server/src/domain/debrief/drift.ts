import { comparePair } from '@mockloop/shared/stories/index';
import type { BankStory, BoardDrift, BoardStory, ConflictKind } from '@mockloop/shared';
import { bankStoryInput, withoutRounds } from '../bank-check.js';
import { readFor, withReadings } from '../bank-points.js';
import { compareConfirmed } from './confirmed.js';

const WHAT_CHANGED: Record<ConflictKind, string> = {
  metric: 'gives a measure different figures',
  timeline: 'gives a stretch of time a different length',
  team: 'gives the team a different size',
  role: "tells the candidate's own part differently",
  outcome: 'ends differently',
};

/**
 * What drifted between a prepared story and the telling an interviewer linked to it. A kind
 * either side states as a data point (the candidate's in the bank, the interviewer's
 * confirmed) is compared exactly, against the other side's data point or else what its text
 * says; the other kinds by the checker reading both texts.
 */
export function driftFromPreparation(told: BoardStory, prepared: BankStory, candidateName: string): BoardDrift[] {
  const drifts: BoardDrift[] = [];
  const base = { story: told.id, bankStoryId: prepared.id, title: prepared.title };
  const reason = (kind: ConflictKind) => `Round ${told.roundPosition}'s telling ${WHAT_CHANGED[kind]} than the prepared story.`;
  const mine = withReadings(prepared.dataPoints, prepared, told.dataPoints);
  const theirs = withReadings(told.dataPoints, told, prepared.dataPoints, candidateName);
  const compared = compareConfirmed(mine.points, theirs.points);
  for (const { kind, clash } of compared) {
    if (!clash) continue;
    const basis = readFor(theirs, kind) ? 'prepared-point' : readFor(mine, kind) ? 'told-point' : 'confirmed';
    drifts.push({ ...base, kind, detail: `${clash.values[0]} prepared vs ${clash.values[1]} told`, phrases: clash.phrases, basis, reason: reason(kind) });
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
